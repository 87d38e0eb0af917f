package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cablegraph/cablegraph/schema"
)

// ArrayDelimiter separates the elements of an array property in the bulk
// files; it is neo4j-admin's default.
const ArrayDelimiter = ";"

// BulkWriter is a Sink that writes the graph as the CSV files of
// `neo4j-admin database import full`: one node file per label, one
// relationship file per edge kind, each with its header, and import.sh with
// the exact command.
//
// The importer wants every node exactly once, so BulkWriter remembers a
// 64-bit hash of each node it has written (about 40 bytes a node, see
// IndexBytes) and the stubs that are still waiting for a full row; at Close
// it writes the stubs that never got one. The rows of the labels that many
// cables name (heldLabel) it holds until Close, folded and packed into one
// string each (packRow, about 50 bytes besides the strings), so that the
// files do not depend on the order of the cables. Edges that belong to one cable are
// unique by construction; OF_COUNTRY and IN edges, which recur across
// cables, are remembered the same way.
type BulkWriter struct {
	dir     string // where the files go when complete
	stage   string // where they are written until then, inside dir
	created bool   // dir did not exist before
	seed    maphash.Seed

	nodes   map[Label]*csvFile
	edges   map[EdgeKind]*csvFile
	written map[uint64]struct{} // nodes written, and edges that recur across cables
	stubs   map[uint64]NodeRef  // nodes seen only as stubs so far
	// held are the full rows of the labels whose rows cables spell in
	// several ways (heldLabel), packed (packRow), written at Close.
	held map[uint64]string
	pack []byte // the row being packed

	NodesWritten int64
	EdgesWritten int64
}

type csvFile struct {
	name string
	f    *os.File
	buf  *bufio.Writer
	w    *csv.Writer
	row  []string
}

// NewBulkWriter writes bulk-import files for dir, creating it. The files
// are written to a staging directory inside dir and replace the files of an
// earlier run only at Close, when complete; Abort leaves dir as it was. So
// a run that fails, or reads nothing, never leaves a half-written import
// behind, nor destroys the last good one.
func NewBulkWriter(dir string) (*BulkWriter, error) {
	_, err := os.Stat(dir)
	created := errors.Is(err, fs.ErrNotExist)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	stage, err := os.MkdirTemp(dir, ".cablegraph-partial-")
	if err != nil {
		return nil, err
	}
	return &BulkWriter{
		dir:     dir,
		stage:   stage,
		created: created,
		seed:    maphash.MakeSeed(),
		nodes:   make(map[Label]*csvFile),
		edges:   make(map[EdgeKind]*csvFile),
		written: make(map[uint64]struct{}),
		stubs:   make(map[uint64]NodeRef),
		held:    make(map[uint64]string),
	}, nil
}

// Dir returns the directory the files go to.
func (w *BulkWriter) Dir() string { return w.dir }

// bulkOutputs are the names of the files a BulkWriter leaves in its
// directory; an earlier run's are removed when a new run completes.
var bulkOutputs = []string{"nodes-*.csv", "rels-*.csv", "import.sh", "IMPORT.txt", "schema.cypher"}

// publish moves the complete files from the staging directory into dir,
// replacing the files of an earlier run.
func (w *BulkWriter) publish() error {
	for _, pattern := range bulkOutputs {
		old, _ := filepath.Glob(filepath.Join(w.dir, pattern))
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	staged, err := os.ReadDir(w.stage)
	if err != nil {
		return err
	}
	for _, f := range staged {
		if err := os.Rename(filepath.Join(w.stage, f.Name()), filepath.Join(w.dir, f.Name())); err != nil {
			return err
		}
	}
	return os.Remove(w.stage)
}

// Abort drops what was written and leaves the directory as it was before
// NewBulkWriter (removing it if NewBulkWriter created it). No Write or
// Close follows.
func (w *BulkWriter) Abort() error {
	for _, f := range w.files() {
		f.f.Close()
	}
	err := os.RemoveAll(w.stage)
	if w.created {
		os.Remove(w.dir) // only if empty
	}
	return err
}

// heldLabel reports whether the rows of label l are held until Close:
// those many cables name, each in its own spelling. A Cable's and a
// Meeting's row comes from one cable and is written at once.
func heldLabel(l Label) bool { return l != Cable && l != Meeting }

// IndexBytes estimates the memory held by the deduplication index and the
// held rows: Go maps of this size cost about 40 bytes per 8-byte key, a
// pending stub adds its key string, and a held row its packed string.
func (w *BulkWriter) IndexBytes() int64 {
	n := int64(len(w.written)) * 40
	for _, ref := range w.stubs {
		n += 64 + int64(len(ref.Key))
	}
	for _, row := range w.held {
		n += 48 + int64(len(row)) // the packed row and its map entry
	}
	return n
}

func (w *BulkWriter) nodeHash(label Label, key string) uint64 {
	var h maphash.Hash
	h.SetSeed(w.seed)
	h.WriteString("n\x00")
	h.WriteString(string(label))
	h.WriteByte(0)
	h.WriteString(key)
	return h.Sum64()
}

func (w *BulkWriter) edgeHash(e *Edge) uint64 {
	var h maphash.Hash
	h.SetSeed(w.seed)
	h.WriteString("e\x00")
	h.WriteString(e.Kind().String())
	h.WriteByte(0)
	h.WriteString(e.From.Key)
	h.WriteByte(0)
	h.WriteString(e.To.Key)
	h.WriteByte(0)
	h.WriteString(e.Key())
	return h.Sum64()
}

// Write appends the rows of b to the files.
func (w *BulkWriter) Write(ctx context.Context, b *Batch) error {
	// An imported graph carries the load hashes a Loader would set, so
	// that loading the same cables over it skips them.
	hashes := make(map[string]string, len(b.marks))
	for _, m := range b.marks {
		hashes[m.cable] = m.hash
	}
	for _, label := range Labels() {
		for _, n := range b.Nodes[label] {
			h := w.nodeHash(n.Label, n.Key)
			if _, done := w.written[h]; done {
				continue
			}
			if _, held := w.held[h]; held && !n.Full() {
				continue
			}
			if !n.Full() {
				w.stubs[h] = NodeRef{n.Label, n.Key}
				continue
			}
			delete(w.stubs, h)
			if heldLabel(n.Label) {
				// Kept until Close, folded with the later rows of the same
				// node as the Loader folds them: the files do not depend
				// on the order of the cables or on the batches.
				if err := w.hold(h, n); err != nil {
					return err
				}
				continue
			}
			w.written[h] = struct{}{}
			if err := w.writeNode(n, hashes[n.Key]); err != nil {
				return err
			}
		}
	}
	// Keyed edges of one cable are unique once folded inside the batch,
	// since a cable's record never spans two batches.
	inBatch := make(map[uint64]struct{})
	for _, kind := range b.Kinds() {
		for i := range b.Edges[kind] {
			e := &b.Edges[kind][i]
			h := w.edgeHash(e)
			seen := inBatch
			if !perCable(e.Type) {
				seen = w.written
			}
			if _, dup := seen[h]; dup {
				continue
			}
			seen[h] = struct{}{}
			if err := w.writeEdge(e); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// hold folds full row n into the held row of its node, whose hash is h.
func (w *BulkWriter) hold(h uint64, n Node) error {
	old, ok := w.held[h]
	if ok {
		kept := unpackRow(old)
		foldNode(&kept, n)
		n = kept
	}
	var err error
	w.pack, err = packRow(w.pack[:0], n)
	if err != nil {
		return err
	}
	if !ok || string(w.pack) != old {
		w.held[h] = string(w.pack)
	}
	return nil
}

// writeNode writes the row of n; hash is the load hash of a Cable.
func (w *BulkWriter) writeNode(n Node, hash string) error {
	f, err := w.nodeFile(n.Label)
	if err != nil {
		return err
	}
	f.row = append(f.row[:0], n.Key)
	for _, p := range nodeProps[n.Label] {
		s, err := formatCSV(n.Props[p.Name])
		if err != nil {
			return fmt.Errorf("%s %q: property %s: %w", n.Label, n.Key, p.Name, err)
		}
		f.row = append(f.row, s)
	}
	if n.Label == Cable {
		f.row = append(f.row, hash)
	}
	f.row = append(f.row, string(n.Label))
	w.NodesWritten++
	return f.w.Write(f.row)
}

func (w *BulkWriter) writeEdge(e *Edge) error {
	f, err := w.edgeFile(e.Kind())
	if err != nil {
		return err
	}
	f.row = append(f.row[:0], e.From.Key, e.To.Key, string(e.Type))
	for _, p := range relProps[e.Type] {
		s, err := formatCSV(e.Props[p.Name])
		if err != nil {
			return fmt.Errorf("%s edge %s->%s: property %s: %w", e.Type, e.From.Key, e.To.Key, p.Name, err)
		}
		f.row = append(f.row, s)
	}
	w.EdgesWritten++
	return f.w.Write(f.row)
}

// NodeHeader returns the CSV header of the node file of label l.
func NodeHeader(l Label) []string {
	h := []string{fmt.Sprintf("key:ID(%s)", l)}
	for _, p := range nodeProps[l] {
		h = append(h, p.Name+":"+string(p.Type))
	}
	if l == Cable {
		h = append(h, LoadHashProperty+":string")
	}
	return append(h, ":LABEL")
}

// EdgeHeader returns the CSV header of the relationship file of kind k.
func EdgeHeader(k EdgeKind) []string {
	h := []string{fmt.Sprintf(":START_ID(%s)", k.From), fmt.Sprintf(":END_ID(%s)", k.To), ":TYPE"}
	for _, p := range relProps[k.Type] {
		h = append(h, p.Name+":"+string(p.Type))
	}
	return h
}

func (w *BulkWriter) nodeFile(l Label) (*csvFile, error) {
	if f := w.nodes[l]; f != nil {
		return f, nil
	}
	f, err := w.create("nodes-"+string(l)+".csv", NodeHeader(l))
	w.nodes[l] = f
	return f, err
}

func (w *BulkWriter) edgeFile(k EdgeKind) (*csvFile, error) {
	if f := w.edges[k]; f != nil {
		return f, nil
	}
	f, err := w.create("rels-"+k.String()+".csv", EdgeHeader(k))
	w.edges[k] = f
	return f, err
}

func (w *BulkWriter) create(name string, header []string) (*csvFile, error) {
	f, err := os.Create(filepath.Join(w.stage, name))
	if err != nil {
		return nil, err
	}
	buf := bufio.NewWriterSize(f, 64<<10)
	cf := &csvFile{name: name, f: f, buf: buf, w: csv.NewWriter(buf)}
	return cf, cf.w.Write(header)
}

// formatCSV renders a property value the way neo4j-admin reads it; nil is
// the empty field, which the importer leaves unset.
func formatCSV(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case Date:
		return formatDate(v), nil
	case []string:
		for _, s := range v {
			if strings.Contains(s, ArrayDelimiter) {
				return "", fmt.Errorf("array element %q holds the delimiter %q", s, ArrayDelimiter)
			}
		}
		return strings.Join(v, ArrayDelimiter), nil
	case []int64:
		parts := make([]string, len(v))
		for i, n := range v {
			parts[i] = strconv.FormatInt(n, 10)
		}
		return strings.Join(parts, ArrayDelimiter), nil
	}
	return "", fmt.Errorf("unsupported value type %T", v)
}

// Close writes the stubs that never got a full row, flushes the files and
// writes import.sh, IMPORT.txt and schema.cypher.
func (w *BulkWriter) Close(ctx context.Context) error {
	held := make([]string, 0, len(w.held))
	for _, row := range w.held {
		held = append(held, row)
	}
	w.held = nil
	slices.SortFunc(held, compareRows)
	for i, row := range held {
		if err := w.writeNode(unpackRow(row), ""); err != nil {
			return err
		}
		held[i] = "" // written: its memory may go
	}
	// Stubs in key order, so that two runs write the same bytes.
	stubs := make([]NodeRef, 0, len(w.stubs))
	for _, ref := range w.stubs {
		stubs = append(stubs, ref)
	}
	sort.Slice(stubs, func(i, j int) bool {
		if stubs[i].Label != stubs[j].Label {
			return stubs[i].Label < stubs[j].Label
		}
		return stubs[i].Key < stubs[j].Key
	})
	var errs []error
	for _, ref := range stubs {
		if err := w.writeNode(Node{Label: ref.Label, Key: ref.Key}, ""); err != nil {
			errs = append(errs, err)
			break
		}
	}
	w.stubs = nil
	for _, f := range w.files() {
		f.w.Flush()
		errs = append(errs, f.w.Error(), f.buf.Flush(), f.f.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if err := w.writeScripts(); err != nil {
		return err
	}
	return w.publish()
}

func (w *BulkWriter) files() []*csvFile {
	var fs []*csvFile
	for _, l := range Labels() {
		if f := w.nodes[l]; f != nil {
			fs = append(fs, f)
		}
	}
	kinds := make([]EdgeKind, 0, len(w.edges))
	for k := range w.edges {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i].String() < kinds[j].String() })
	for _, k := range kinds {
		fs = append(fs, w.edges[k])
	}
	return fs
}

// ImportArgs returns the arguments of `neo4j-admin` that import the files
// written so far into database db, replacing it, with file names relative
// to the output directory.
func (w *BulkWriter) ImportArgs(db string) []string {
	var files []string
	for _, f := range w.files() {
		files = append(files, f.name)
	}
	return adminArgs(db, true, files)
}

// ImportArgs returns the arguments of `neo4j-admin` that import the
// bulk-import files in dir into database db, with file names relative to
// dir. With overwrite, neo4j-admin deletes the database's files first;
// without, it refuses a database that exists. It is an error for dir to
// hold no node file.
func ImportArgs(dir, db string, overwrite bool) ([]string, error) {
	nodes, err := filepath.Glob(filepath.Join(dir, "nodes-*.csv"))
	if err != nil {
		return nil, err
	}
	if len(nodes) == 0 {
		return nil, fmt.Errorf("%s holds no bulk-import files (nodes-*.csv); write them with cablegraph load -out %[1]s", dir)
	}
	rels, err := filepath.Glob(filepath.Join(dir, "rels-*.csv"))
	if err != nil {
		return nil, err
	}
	var files []string
	for _, f := range append(nodes, rels...) {
		files = append(files, filepath.Base(f))
	}
	return adminArgs(db, overwrite, files), nil
}

// adminArgs are the arguments that import files, node files (nodes-*)
// and relationship files (rels-*), into database db.
func adminArgs(db string, overwrite bool, files []string) []string {
	// The database comes first: --nodes and --relationships take several
	// files each and would swallow a trailing name.
	args := []string{"database", "import", "full", db,
		"--overwrite-destination=" + strconv.FormatBool(overwrite),
		"--multiline-fields=true",
		"--array-delimiter=" + ArrayDelimiter,
		"--id-type=string",
		"--bad-tolerance=0",
	}
	for _, f := range files {
		if strings.HasPrefix(f, "nodes-") {
			args = append(args, "--nodes="+f)
		} else {
			args = append(args, "--relationships="+f)
		}
	}
	return args
}

// importScript is the head of import.sh. Its recipe is run as written by
// TestImportBundled (cmd/cablegraph).
const importScript = `#!/bin/sh
# Written by cablegraph load: a graph as the files of neo4j-admin database import.
# Stop the server first (neo4j-admin refuses a database in use). Then either
#   NEO4J_HOME=/path/to/neo4j cablegraph import DIR
# which refuses to replace a database that holds data unless given -overwrite,
# or, by hand, from any directory:
#   NEO4J_HOME=/path/to/neo4j sh DIR/import.sh [DATABASE]
# which imports into DATABASE (default neo4j) if it does not exist yet; with
# OVERWRITE=1 it deletes the database and its data first. It runs
# $NEO4J_HOME/bin/neo4j-admin (neo4j-admin from PATH without NEO4J_HOME), or
# $NEO4J_ADMIN, split on spaces, when set: for the server of cablegraph's
# scripts/neo4j-test-server, with no Neo4j install,
#   NEO4J_ADMIN=/path/to/cablegraph/scripts/neo4j-admin NEO4J_HOME=SERVER_DATA_DIR sh DIR/import.sh
# Then start the server and create the constraints and indexes (NEO4J_URI,
# NEO4J_USERNAME and NEO4J_PASSWORD set):
#   cablegraph schema
set -ef
dir=$(dirname "$0")
db=${1:-neo4j}
overwrite=false
if [ "${OVERWRITE:-}" = 1 ]; then
    overwrite=true
elif [ -n "${NEO4J_HOME:-}" ] && [ -n "$(ls -A "$NEO4J_HOME/data/databases/$db" 2>/dev/null)" ]; then
    echo "import.sh: database $db exists in $NEO4J_HOME/data/databases; OVERWRITE=1 deletes it and its data first" >&2
    exit 1
fi
admin() {
    if [ -n "${NEO4J_ADMIN:-}" ]; then
        $NEO4J_ADMIN "$@"
    elif [ -n "${NEO4J_HOME:-}" ]; then
        "$NEO4J_HOME/bin/neo4j-admin" "$@"
    else
        neo4j-admin "$@"
    fi
}
`

func (w *BulkWriter) writeScripts() error {
	args := w.ImportArgs("neo4j")
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = shellQuote(a)
	}
	quoted[3] = `"$db"`
	quoted[4] = `--overwrite-destination="$overwrite"`
	// The files are named through $dir rather than after a cd, so that a
	// relative NEO4J_HOME or NEO4J_ADMIN still means what it meant.
	for i := 5; i < len(args); i++ {
		if opt, file, ok := strings.Cut(args[i], "="); ok && (opt == "--nodes" || opt == "--relationships") {
			quoted[i] = opt + `="$dir"/` + shellQuote(file)
		}
	}
	quoted = append(quoted, `--report-file="$dir"/import.report`)
	script := importScript +
		"admin " + strings.Join(quoted[:4], " ") + " \\\n    " + strings.Join(quoted[4:], " \\\n    ") + "\n"
	if err := os.WriteFile(filepath.Join(w.stage, "import.sh"), []byte(script), 0o755); err != nil {
		return err
	}
	for i, a := range args {
		args[i] = shellQuote(a)
	}
	txt := "# From this directory, with the server stopped; this REPLACES database neo4j\n" +
		"# (cablegraph import refuses to unless given -overwrite; see import.sh):\n" +
		"neo4j-admin " + strings.Join(args, " ") + "\n"
	if err := os.WriteFile(filepath.Join(w.stage, "IMPORT.txt"), []byte(txt), 0o644); err != nil {
		return err
	}
	ddl, err := schema.DDL()
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(w.stage, "schema.cypher"), []byte(strings.Join(ddl, ";\n")+";\n"), 0o644)
}

func shellQuote(s string) string {
	if strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_=./:,", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
