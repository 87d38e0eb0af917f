module github.com/cablegraph/cablegraph

go 1.26.8

require (
	github.com/jdkato/prose/v3 v3.2.3
	github.com/neo4j/neo4j-go-driver/v5 v5.28.4
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
	golang.org/x/tools v0.52.0
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require golang.org/x/sys v0.50.0 // indirect
