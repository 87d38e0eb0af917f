// Indexes for the canned queries: people are looked up by name, cables by
// date, meetings by date. Relationship keys need no index: the loader MERGEs
// MET, HOLDS and VISITED edges between two already matched nodes.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX cable_date IF NOT EXISTS FOR (n:Cable) ON (n.date);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
