// Package schema holds the Cypher of cablegraph as .cypher files, embedded:
// the DDL (constraints and indexes, applied idempotently before the first
// write) and the canned queries of `cablegraph query`.
//
//	stmts, _ := schema.DDL()      // CREATE CONSTRAINT ... IF NOT EXISTS, ...
//	q, _ := schema.Lookup("met")  // q.Cypher, q.Params
//
// README.md in this directory draws the graph model.
package schema

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// queriesFile holds the canned queries; every other .cypher file is DDL.
const queriesFile = "queries.cypher"

// DDL returns the schema statements, file by file in name order, without
// comments or trailing semicolons.
func DDL() ([]string, error) {
	names, err := fs.Glob(files, "*.cypher")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var stmts []string
	for _, name := range names {
		if name == queriesFile {
			continue
		}
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		stmts = append(stmts, splitStatements(string(data))...)
	}
	return stmts, nil
}

// splitStatements splits Cypher text at semicolons that end a line,
// dropping // comment lines.
func splitStatements(text string) []string {
	var stmts []string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "//") {
			continue
		}
		if strings.HasSuffix(trimmed, ";") {
			cur = append(cur, strings.TrimSuffix(strings.TrimRight(line, " \t"), ";"))
			stmts = append(stmts, strings.Join(cur, "\n"))
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		stmts = append(stmts, strings.Join(cur, "\n"))
	}
	return stmts
}

// Param is a parameter of a canned query.
type Param struct {
	Name     string
	Default  any // nil when the parameter is required; else string or int64
	Required bool
}

// Query is a canned query of queries.cypher.
type Query struct {
	Name    string
	Summary string
	Params  []Param
	Cypher  string
}

// Queries returns the canned queries in file order.
func Queries() ([]Query, error) {
	data, err := files.ReadFile(queriesFile)
	if err != nil {
		return nil, err
	}
	return parseQueries(string(data))
}

// Lookup returns the canned query called name.
func Lookup(name string) (Query, error) {
	qs, err := Queries()
	if err != nil {
		return Query{}, err
	}
	for _, q := range qs {
		if q.Name == name {
			return q, nil
		}
	}
	return Query{}, fmt.Errorf("no query named %q", name)
}

func parseQueries(text string) ([]Query, error) {
	var qs []Query
	var q *Query
	var body []string
	finish := func() {
		if q != nil {
			q.Cypher = strings.TrimSuffix(strings.TrimSpace(strings.Join(body, "\n")), ";")
			qs = append(qs, *q)
		}
		q, body = nil, nil
	}
	for i, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(trimmed, "//"); ok {
			key, value, _ := strings.Cut(strings.TrimSpace(rest), ":")
			value = strings.TrimSpace(value)
			switch {
			case key == "name":
				finish()
				q = &Query{Name: value}
			case q != nil && len(body) == 0 && key == "summary":
				q.Summary = value
			case q != nil && len(body) == 0 && key == "params":
				ps, err := parseParams(value)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %w", queriesFile, i+1, err)
				}
				q.Params = ps
			}
			continue
		}
		if q != nil && (trimmed != "" || len(body) > 0) {
			body = append(body, line)
		}
	}
	finish()
	for _, q := range qs {
		if q.Cypher == "" {
			return nil, fmt.Errorf("%s: query %q has no Cypher", queriesFile, q.Name)
		}
	}
	return qs, nil
}

func parseParams(s string) ([]Param, error) {
	var ps []Param
	for _, field := range strings.Split(s, ",") {
		field = strings.TrimSpace(field)
		if field == "" {
			continue
		}
		name, def, hasDef := strings.Cut(field, "=")
		p := Param{Name: strings.TrimSpace(name), Required: !hasDef}
		if hasDef {
			def = strings.TrimSpace(def)
			if n, err := strconv.ParseInt(def, 10, 64); err == nil {
				p.Default = n
			} else {
				p.Default = def
			}
		}
		if p.Name == "" {
			return nil, fmt.Errorf("parameter without a name in %q", s)
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// Bind turns key=value arguments into the parameters of q: defaults fill
// what is not given, values take the type of the default, and an unknown or
// missing parameter is an error.
func (q Query) Bind(args map[string]string) (map[string]any, error) {
	params := make(map[string]any, len(q.Params))
	for name := range args {
		known := false
		for _, p := range q.Params {
			known = known || p.Name == name
		}
		if !known {
			return nil, fmt.Errorf("query %s has no parameter %q", q.Name, name)
		}
	}
	for _, p := range q.Params {
		v, given := args[p.Name]
		switch {
		case !given && p.Required:
			return nil, fmt.Errorf("query %s needs %s=VALUE", q.Name, p.Name)
		case !given:
			params[p.Name] = p.Default
		default:
			if _, isInt := p.Default.(int64); isInt {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					return nil, fmt.Errorf("query %s: %s=%q is not an integer", q.Name, p.Name, v)
				}
				params[p.Name] = n
			} else {
				params[p.Name] = v
			}
		}
	}
	return params, nil
}
