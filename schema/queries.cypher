// Canned queries of `cablegraph query NAME [key=value ...]`.
//
// Each query starts with a "// name:" line, then "// summary:" and
// "// params:" lines. A parameter written name=value has a default, whose
// type (integer or string) the given value is converted to; one without a
// default is required. A person is matched by key or by a case-insensitive
// part of the name.
//
// In Neo4j Browser, set the parameters first, then paste a query:
//
//   :param name => 'kouch*'
//   :param key => 'person:kouchner'
//
// The last five queries (find, who-met, chain, timeline, ego) are the
// questions of `cablegraph who-met`, `path`, `timeline` and `draw` in plain
// Cypher: find a person's key with the full-text index first, then ask by
// key, which is an index seek rather than a scan of every name.

// name: who-met-whom
// summary: every reported meeting: who met whom, when, where, in which cable
// params: limit=1000
MATCH (a:Person)-[m:MET]->(b:Person)
RETURN a.name AS person, b.name AS met, m.date AS date, m.place AS place, m.cable AS cable, m.paragraph AS paragraph
ORDER BY date, person, met, cable, paragraph
LIMIT $limit;

// name: met
// summary: whom did a person meet, with dates and cables
// params: name
MATCH (p:Person)
WHERE p.key = $name OR toLower(p.name) CONTAINS toLower($name)
MATCH (p)-[m:MET]-(o:Person)
RETURN p.name AS person, o.name AS met, m.date AS date, m.place AS place, m.cable AS cable, m.paragraph AS paragraph
ORDER BY person, date, met, cable, paragraph;

// name: meetings
// summary: the meetings a person attended: when, where, what kind, who else, in which cable
// params: name
MATCH (p:Person)
WHERE p.key = $name OR toLower(p.name) CONTAINS toLower($name)
MATCH (p)-[a:ATTENDED]->(m:Meeting)-[:REPORTED_IN]->(c:Cable)
OPTIONAL MATCH (o:Person)-[oa:ATTENDED]->(m) WHERE o <> p
WITH p, a, m, c, collect(o.name + ' (' + oa.side + ', ' + oa.role + ')') AS others
RETURN p.name AS person, m.date AS date, m.precision AS precision, m.kind AS kind, m.place AS place,
       a.side AS side, a.role AS role, others, c.key AS cable, m.paragraphs AS paragraphs, m.key AS meeting
ORDER BY person, date, cable, meeting;

// name: meeting
// summary: who attended one meeting (by its key, as MET edges and the meetings query give it), side by side
// params: key
MATCH (m:Meeting {key: $key})-[:REPORTED_IN]->(c:Cable)
MATCH (p:Person)-[a:ATTENDED]->(m)
RETURN m.key AS meeting, m.kind AS kind, m.date AS date, m.place AS place, c.key AS cable,
       a.side AS side, p.name AS person, a.role AS role, m.evidence AS evidence
ORDER BY side, person;

// name: path
// summary: shortest chain of meetings between two people, at most 6 meetings (cablegraph path A B resolves names first)
// params: from, to, maxhops=6
// Bounded three ways: at most 10 people per name, one shortestPath per pair
// (a breadth-first search that stops at the first chain) instead of
// allShortestPaths over every pair, and a hop limit in the pattern itself.
// maxhops is applied after the search, never inside it, because a
// predicate on the path there makes Neo4j fall back to an exhaustive search.
CALL {
  MATCH (a:Person)
  WHERE a.key = $from OR toLower(a.name) CONTAINS toLower($from)
  RETURN a ORDER BY a.key LIMIT 10
}
CALL {
  MATCH (b:Person)
  WHERE b.key = $to OR toLower(b.name) CONTAINS toLower($to)
  RETURN b ORDER BY b.key LIMIT 10
}
WITH a, b WHERE a <> b
CALL {
  WITH a, b
  MATCH p = shortestPath((a)-[:MET*..6]-(b))
  RETURN p
}
WITH p WHERE length(p) <= $maxhops
WITH p, [n IN nodes(p) | n.name] AS people, [r IN relationships(p) | r.cable] AS cables
RETURN people, cables, [r IN relationships(p) | r.date] AS dates, length(p) AS hops
ORDER BY hops, people, cables
LIMIT 1;

// name: titles
// summary: a person's titles over time, with the cables that give them
// params: name
MATCH (p:Person)-[h:HOLDS]->(t:Title)
WHERE p.key = $name OR toLower(p.name) CONTAINS toLower($name)
RETURN p.name AS person, t.name AS title, h.date AS date, h.cable AS cable
ORDER BY person, date, title, cable;

// name: countries
// summary: meetings between officials of two countries (ISO codes or names)
// params: a, b
MATCH (ca:Country)
WHERE ca.key = toUpper($a) OR toLower(ca.name) = toLower($a)
MATCH (cb:Country)
WHERE cb.key = toUpper($b) OR toLower(cb.name) = toLower($b)
MATCH (ca)<-[:OF_COUNTRY]-(p:Person)-[m:MET]-(o:Person)-[:OF_COUNTRY]->(cb)
RETURN p.name AS person, ca.key AS country, o.name AS met, cb.key AS of, m.date AS date, m.place AS place, m.cable AS cable
ORDER BY date, person, met, cable;

// name: reporting-posts
// summary: which posts reported on a person, how often, first and last time
// params: name
MATCH (p:Person)
WHERE p.key = $name OR toLower(p.name) CONTAINS toLower($name)
MATCH (c:Cable)-[:MENTIONS]->(p)
MATCH (c)-[:FROM]->(post:Post)
WITH p, post, c ORDER BY c.key
RETURN p.name AS person, post.name AS post, count(c) AS cables, min(c.date) AS first, max(c.date) AS last, collect(c.key)[..5] AS sample
ORDER BY person, cables DESC, post;

// name: people
// summary: people whose name holds the given text, with how many cables name them
// params: name
MATCH (p:Person)
WHERE p.key = $name OR toLower(p.name) CONTAINS toLower($name)
OPTIONAL MATCH (c:Cable)-[:MENTIONS]->(p)
RETURN p.key AS key, p.name AS name, count(c) AS cables
ORDER BY cables DESC, name
LIMIT 100;

// name: stats
// summary: node and relationship counts by label and type
// params:
CALL {
  MATCH (n) UNWIND labels(n) AS kind RETURN 'node' AS what, kind, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS what, type(r) AS kind, count(*) AS count
}
RETURN what, kind, count
ORDER BY what, kind;

// name: find
// summary: people whose name or aliases fit a full-text query (any case and accents; kouch* for a prefix, lavrow~1 for a near spelling), most likely first
// params: name
// The standard-folding analyzer of the person_names index folds case and
// accents of the names; a prefix or fuzzy term is not analysed, so write it
// in lower case without accents.
CALL db.index.fulltext.queryNodes('person_names', $name, {limit: 20}) YIELD node AS p, score
OPTIONAL MATCH (p)-[:OF_COUNTRY]->(c:Country)
WITH p, score, collect(DISTINCT c.key) AS countries
OPTIONAL MATCH (cable:Cable)-[:MENTIONS]->(p)
RETURN p.key AS key, p.name AS name, p.aliases AS aliases, countries, count(cable) AS cables,
       min(cable.date) AS first, max(cable.date) AS last, score
ORDER BY score DESC, cables DESC, key;

// name: who-met
// summary: everyone one person (by key, see find) met, meeting by meeting: date, kind, place, cable, paragraph, evidence
// params: key
MATCH (p:Person {key: $key})-[r:MET]-(o:Person)
OPTIONAL MATCH (m:Meeting {key: r.meeting})
RETURN r.date AS date, m.kind AS kind, r.place AS place, r.cable AS cable, r.paragraph AS paragraph,
       collect(o.name) AS met, r.evidence AS evidence
ORDER BY date, cable, paragraph;

// name: chain
// summary: the shortest chain of meetings between two people (by key), each hop with its date and cable; at most 6 meetings
// params: a, b
// One pair, one breadth-first search, a hop limit in the pattern: bounded.
MATCH (a:Person {key: $a}), (b:Person {key: $b})
MATCH p = shortestPath((a)-[:MET*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS people, [r IN relationships(p) | r.date] AS dates,
       [r IN relationships(p) | r.cable + ' par. ' + coalesce(toString(r.paragraph), '?')] AS cables, length(p) AS hops;

// name: timeline
// summary: one person's meetings, titles and reporting posts (by key), month by month
// params: key
MATCH (p:Person {key: $key})
CALL {
  WITH p
  MATCH (p)-[:ATTENDED]->(m:Meeting)-[:REPORTED_IN]->(c:Cable)
  RETURN coalesce(m.date, c.date) AS date, 'met: ' + m.name + ' (' + c.key + ')' AS fact
  UNION ALL
  WITH p
  MATCH (p)-[h:HOLDS]->(t:Title)
  RETURN h.date AS date, 'title: ' + t.name AS fact
  UNION ALL
  WITH p
  MATCH (c:Cable)-[:MENTIONS]->(p)
  MATCH (c)-[:FROM]->(post:Post)
  RETURN c.date AS date, 'reported by: ' + post.name AS fact
}
WITH date, fact WHERE date IS NOT NULL
RETURN substring(toString(date), 0, 7) AS month, collect(DISTINCT fact) AS facts
ORDER BY month;

// name: ego
// summary: the meetings of one person (by key), as paths for Neo4j Browser's graph view
// params: key, limit=100
MATCH p = (:Person {key: $key})-[:MET]-(:Person)
RETURN p
LIMIT $limit;
