// Indexes for the canned queries: people are looked up by name, cables by
// date, meetings by date. (Relationship keys have their constraints, in
// constraints.cypher.)
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX cable_date IF NOT EXISTS FOR (n:Cable) ON (n.date);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
// Finding people: Lucene's full-text index over names and the other
// spellings a cable used (aliases). The standard-folding analyzer lower-cases
// and folds accents (Kouchner, KOUCHNER, Koüchner), so `cablegraph who-met`
// and friends find a person by any part of a name with an index lookup
// instead of scanning every name with CONTAINS. Eventually consistent would
// let a query just after a load miss people, so updates are synchronous.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
