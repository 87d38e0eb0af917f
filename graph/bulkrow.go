package graph

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// A packed row is a node's row held by a BulkWriter until Close, as one
// string instead of a Node and its map: about a fifth of the memory, and
// it keeps no substring of a cable's text alive. It holds the label (its
// index in Labels), the key, then for each declared property of the label
// (nodeProps) a state byte and the value, lengths as uvarints:
//
//	propAbsent                  the row does not set the property
//	propString  len bytes       a string, "" included
//	propNilList                 a []string that is nil
//	propList    n (len bytes)*n any other []string, empty included
//
// unpackRow gives back a Node whose Props equal the packed one's in
// everything foldNode, propsSet, fmt.Sprint and formatCSV look at, so that
// folding packed rows gives the same files as folding Nodes.
const (
	propAbsent byte = iota
	propString
	propNilList
	propList
)

// packRow appends the packed row of full node n to buf. Only string and
// []string properties can be packed: those of the held labels (heldLabel).
func packRow(buf []byte, n Node) ([]byte, error) {
	i := 0
	for i < len(rowLabels) && rowLabels[i] != n.Label {
		i++
	}
	if i == len(rowLabels) {
		return buf, fmt.Errorf("unknown label %q", n.Label)
	}
	buf = append(buf, byte(i))
	buf = appendString(buf, n.Key)
	specs := nodeProps[n.Label]
	known := 0
	for _, p := range specs {
		v, ok := n.Props[p.Name]
		if !ok {
			buf = append(buf, propAbsent)
			continue
		}
		known++
		switch v := v.(type) {
		case string:
			buf = appendString(append(buf, propString), v)
		case []string:
			if v == nil {
				buf = append(buf, propNilList)
				continue
			}
			buf = binary.AppendUvarint(append(buf, propList), uint64(len(v)))
			for _, s := range v {
				buf = appendString(buf, s)
			}
		default:
			return buf, fmt.Errorf("%s %q: property %s: cannot hold a %T", n.Label, n.Key, p.Name, v)
		}
	}
	if known != len(n.Props) {
		return buf, fmt.Errorf("%s %q: undeclared property", n.Label, n.Key)
	}
	return buf, nil
}

// rowLabels are the labels by their index in a packed row.
var rowLabels = Labels()

func appendString(buf []byte, s string) []byte {
	return append(binary.AppendUvarint(buf, uint64(len(s))), s...)
}

// unpackRow returns the node packed in row; its strings share row's memory.
func unpackRow(row string) Node {
	n := Node{Label: rowLabels[row[0]], Props: Props{}}
	row = row[1:]
	n.Key, row = cutString(row)
	for _, p := range nodeProps[n.Label] {
		state := row[0]
		row = row[1:]
		switch state {
		case propString:
			var s string
			s, row = cutString(row)
			n.Props[p.Name] = s
		case propNilList:
			n.Props[p.Name] = []string(nil)
		case propList:
			count, w := uvarint(row)
			row = row[w:]
			list := make([]string, count)
			for i := range list {
				list[i], row = cutString(row)
			}
			n.Props[p.Name] = list
		}
	}
	return n
}

// rowNode returns the label and key of a packed row, without unpacking it.
func rowNode(row string) (Label, string) {
	key, _ := cutString(row[1:])
	return rowLabels[row[0]], key
}

func cutString(row string) (s, rest string) {
	n, w := uvarint(row)
	row = row[w:]
	return row[:n], row[n:]
}

// compareRows orders packed rows by label, then key, as Close writes them.
func compareRows(a, b string) int {
	la, ka := rowNode(a)
	lb, kb := rowNode(b)
	if c := strings.Compare(string(la), string(lb)); c != 0 {
		return c
	}
	return strings.Compare(ka, kb)
}

// uvarint reads the uvarint that row starts with, as binary.Uvarint.
func uvarint(row string) (x uint64, n int) {
	var shift uint
	for i := 0; i < len(row); i++ {
		b := row[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}
