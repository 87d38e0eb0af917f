package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A load runs several transactions at once (node labels side by side, the
// edges of the previous batch behind them). When the server goes away they
// all fail together. The driver's managed transactions would each retry on
// their own for 30 s, silently, and then fail each with its own message:
// minutes of silence and a screen of "connection refused". Instead the
// Loader runs plain transactions and, when one finds the server lost,
// every transaction waits on one reconnection: one goroutine probes the
// server, with a growing wait between attempts, and reports each attempt;
// the others wait for its verdict. Attempts are counted for the whole
// load, whichever transaction failed: Retries attempts in a row that find
// the server down end the load with one UnreachableError. Once a
// transaction commits again the count starts over, so that a load of hours
// survives several short restarts of the server.

// Default retry settings of a Loader: 5 attempts with waits of 1, 2, 4, 8
// and 16 s give a restarting server half a minute; a wait never exceeds
// maxRetryWait.
const (
	defaultRetries   = 5
	defaultRetryWait = time.Second
	maxRetryWait     = 30 * time.Second

	// transientRetries bounds the retries of one transaction after
	// errors the server calls transient (a deadlock, a database still
	// starting), with waits from 50 ms doubling to 3.2 s: 6.35 s in all.
	transientRetries = 7
	transientWait    = 50 * time.Millisecond
)

// RetryEvent is one step of the Loader's reconnection to a lost server,
// for progress reports.
type RetryEvent struct {
	Server           string        // the server's URI, without credentials
	Attempt, Retries int           // attempt Attempt of Retries (from 1)
	Wait             time.Duration // the wait before the attempt
	Err              error         // why the server is taken for lost
	Back             bool          // the server answers again; the load goes on
}

func (e RetryEvent) String() string {
	if e.Back {
		return fmt.Sprintf("Neo4j at %s reachable again, loading on", e.Server)
	}
	return fmt.Sprintf("Neo4j at %s unreachable, retrying (%d/%d) in %s: %s", e.Server, e.Attempt, e.Retries, e.Wait, shortCause(e.Err))
}

// UnreachableError ends a load whose server stayed unreachable through the
// whole retry budget. Every transaction of the load fails with the same
// one, and the Loader returns it alone rather than once per transaction.
type UnreachableError struct {
	Server   string // the server's URI, without credentials
	Attempts int
	Waited   time.Duration
	Err      error // the last failure
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("Neo4j at %s unreachable: gave up after %d attempts in %s (%s)",
		e.Server, e.Attempts, e.Waited.Round(time.Second), shortCause(e.Err))
}

func (e *UnreachableError) Unwrap() error { return e.Err }

// shortCause gives the part of a driver error that says what went wrong
// ("connect: connection refused") rather than its layers of wrapping.
func shortCause(err error) string {
	var conn *neo4j.ConnectivityError
	for errors.As(err, &conn) && conn.Inner != nil { // ConnectivityError has no Unwrap
		err = conn.Inner
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Op + ": " + op.Err.Error()
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "connection closed"
	}
	if err == nil {
		return "no answer"
	}
	return err.Error()
}

// lostServer reports whether err means the server cannot be reached (as
// opposed to an error of the statement, or one the server calls
// transient). A database that is not available yet, as while a restarted
// server recovers, counts as lost: it may take longer than the few quick
// retries of a transient error.
func lostServer(err error) bool {
	var conn *neo4j.ConnectivityError
	var netErr net.Error
	var dbErr *neo4j.Neo4jError
	if errors.As(err, &dbErr) {
		return dbErr.Code == "Neo.TransientError.General.DatabaseUnavailable"
	}
	return errors.As(err, &conn) || errors.As(err, &netErr) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

// reconnection is the one retry budget of a Loader, shared by all its
// transactions.
type reconnection struct {
	mu       sync.Mutex
	probing  chan struct{} // closed when the running probe ends; nil when none runs
	gen      int           // probes that found the server again
	attempts int           // attempts in a row that found the server down
	waited   time.Duration // the waits of those attempts
	err      *UnreachableError
}

// generation is taken before a transaction starts: a transaction that
// fails after a probe found the server again is retried at once.
func (r *reconnection) generation() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.gen
}

// ok notes a committed transaction: the server is there, and the next
// outage gets the whole budget.
func (r *reconnection) ok() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.probing == nil && r.attempts > 0 {
		r.attempts, r.waited = 0, 0
	}
}

// lost is called by a transaction, begun in generation gen, that found
// the server unreachable with cause. It returns nil when the transaction
// is to be tried again, or the error that ends the load. The first caller
// probes the server; the others wait for its verdict.
func (l *Loader) lost(ctx context.Context, gen int, cause error) error {
	r := &l.reconnect
	r.mu.Lock()
	if r.err != nil {
		r.mu.Unlock()
		return r.err
	}
	if gen != r.gen {
		// The server came back since this transaction began.
		r.mu.Unlock()
		return nil
	}
	if ch := r.probing; ch != nil {
		r.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.err != nil {
			return r.err
		}
		return nil
	}
	ch := make(chan struct{})
	r.probing = ch
	r.mu.Unlock()

	err := l.probe(ctx, cause)

	r.mu.Lock()
	defer r.mu.Unlock()
	r.probing = nil
	close(ch)
	return err
}

// probe waits and checks the server until it answers, the budget is spent
// or ctx is done. It runs in one goroutine at a time.
func (l *Loader) probe(ctx context.Context, cause error) error {
	r := &l.reconnect
	retries := l.Retries
	if retries <= 0 {
		retries = defaultRetries
	}
	first := l.RetryWait
	if first <= 0 {
		first = defaultRetryWait
	}
	for {
		r.mu.Lock()
		if r.attempts >= retries {
			r.err = &UnreachableError{Server: l.server(), Attempts: r.attempts, Waited: r.waited, Err: cause}
			r.mu.Unlock()
			return r.err
		}
		r.attempts++
		attempt := r.attempts
		wait := min(first<<(attempt-1), maxRetryWait)
		r.waited += wait
		r.mu.Unlock()

		l.notify(RetryEvent{Server: l.server(), Attempt: attempt, Retries: retries, Wait: wait, Err: cause})
		if err := sleep(ctx, wait); err != nil {
			return err
		}
		err := l.drv.VerifyConnectivity(ctx)
		if err == nil {
			r.mu.Lock()
			r.gen++
			r.mu.Unlock()
			l.notify(RetryEvent{Server: l.server(), Attempt: attempt, Retries: retries, Back: true})
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		cause = err
	}
}

func (l *Loader) notify(e RetryEvent) {
	if l.OnRetry != nil {
		l.OnRetry(e)
	}
}

// server names the Loader's server for messages, without credentials.
func (l *Loader) server() string {
	u := l.drv.Target()
	s := redactURI(u.String())
	if l.db != "" {
		s += " database " + l.db
	}
	return s
}

// fatal returns the error of a failed load: the UnreachableError alone
// when the server was lost (each transaction failed with it), else all of
// errs.
func fatal(errs ...error) error {
	for _, err := range errs {
		var u *UnreachableError
		if errors.As(err, &u) {
			return u
		}
	}
	return errors.Join(errs...)
}
