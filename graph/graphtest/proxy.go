package graphtest

import (
	"io"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
)

// Proxy forwards TCP connections to a test server and cuts them on
// demand: the server is lost, as its clients see it (connections reset,
// new ones refused), while the server itself runs on untouched, so that a
// test may lose a server it shares with others.
//
//	p := graphtest.NewProxy(t, graphtest.Claim(t))
//	... connect to p.Server() ...
//	p.Cut()     // every connection closed, the port refuses new ones
//	p.Restore() // the port answers again
type Proxy struct {
	target string // host:port of the server
	addr   string // our host:port, kept across Cut and Restore
	t      testing.TB

	mu       sync.Mutex
	ln       net.Listener // nil while cut
	conns    map[net.Conn]struct{}
	srv      Server
	cutAfter int64 // cut once clients sent this many bytes (0: never)

	sent atomic.Int64 // bytes clients sent through the proxy
}

// NewProxy starts a proxy to s on a free port of 127.0.0.1; it stops when
// the test ends. Only plain bolt:// and neo4j:// servers can be proxied
// (a neo4j:// driver would route around it, so the proxy speaks bolt://).
func NewProxy(t testing.TB, s Server) *Proxy {
	t.Helper()
	u, err := url.Parse(s.URI)
	if err != nil || (u.Scheme != "bolt" && u.Scheme != "neo4j") {
		t.Skipf("test server %s: only bolt:// and neo4j:// can be proxied", s)
	}
	target := u.Host
	if u.Port() == "" {
		target = net.JoinHostPort(u.Hostname(), "7687")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{target: target, addr: ln.Addr().String(), t: t, conns: make(map[net.Conn]struct{})}
	p.srv = s
	p.srv.URI = "bolt://" + p.addr
	p.serve(ln)
	t.Cleanup(p.Cut)
	return p
}

// Server is the test server as reached through the proxy.
func (p *Proxy) Server() Server { return p.srv }

// Sent returns how many bytes clients sent through the proxy so far.
func (p *Proxy) Sent() int64 { return p.sent.Load() }

// CutAfter makes the proxy cut itself once clients have sent n bytes in
// all (n <= 0: never): a server lost in the middle of a load, at a point
// that does not depend on timing.
func (p *Proxy) CutAfter(n int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cutAfter = n
}

// Cut closes every connection and stops listening: clients see their
// connections reset and new ones refused.
func (p *Proxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// Restore listens again on the same port.
func (p *Proxy) Restore() {
	p.t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Errorf("proxy: listening again on %s: %v", p.addr, err)
		return
	}
	p.serve(ln)
}

func (p *Proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.forward(ln, c)
		}
	}()
}

// forward joins client c, accepted on ln, to a new connection to the
// server, unless the proxy was cut meanwhile.
func (p *Proxy) forward(ln net.Listener, c net.Conn) {
	s, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	if p.ln != ln {
		p.mu.Unlock()
		c.Close()
		s.Close()
		return
	}
	p.conns[c] = struct{}{}
	p.conns[s] = struct{}{}
	p.mu.Unlock()
	go func() {
		io.Copy(c, s)
		c.Close()
	}()
	buf := make([]byte, 32<<10)
	for {
		n, err := c.Read(buf)
		if n > 0 {
			if _, werr := s.Write(buf[:n]); werr != nil {
				break
			}
			sent := p.sent.Add(int64(n))
			p.mu.Lock()
			limit := p.cutAfter
			p.mu.Unlock()
			if limit > 0 && sent >= limit {
				p.CutAfter(0)
				p.Cut()
				break
			}
		}
		if err != nil {
			break
		}
	}
	s.Close()
}
