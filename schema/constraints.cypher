// Unique constraints: one per label, on the stable key every loader MERGEs on.
// Applied before the first write; IF NOT EXISTS makes them idempotent.
CREATE CONSTRAINT cable_key IF NOT EXISTS FOR (n:Cable) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT title_key IF NOT EXISTS FOR (n:Title) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (n:Post) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT tag_key IF NOT EXISTS FOR (n:Tag) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;

// Keyed relationships (MET, HOLDS, KEPT_APART, VISITED): one edge per key.
// Between two people or a person and a title they may run in the
// thousands (one HOLDS per cable: Obama - president, 10,839 of them), and
// without an index a MERGE reads every one of those parallel edges to find
// its key: a Bolt load of 1,000 cables onto the whole release spent 20 of
// its 36 seconds doing so. With the constraint the MERGE seeks the key.
// (Relationship uniqueness constraints are in Neo4j Community since 5.7.)
CREATE CONSTRAINT met_key IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_key IF NOT EXISTS FOR ()-[r:HOLDS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT kept_apart_key IF NOT EXISTS FOR ()-[r:KEPT_APART]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.key IS UNIQUE;
