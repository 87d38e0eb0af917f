package graph

import (
	"context"
	"strings"
	"testing"
)

func TestNewDriverSchemes(t *testing.T) {
	const secret = "s3cret-Passw0rd"
	tests := []struct {
		uri     string
		wantErr bool
	}{
		0: {"bolt://localhost:7687", false},
		1: {"bolt+s://db.example.org:7687", false},
		2: {"neo4j://localhost", false},
		3: {"neo4j+s://abcd1234.databases.neo4j.io", false},
		4: {"neo4j+ssc://db.example.org:7687", false},
		5: {"http://localhost:7474", true},
		6: {"", true},
		7: {"bolt://neo4j:" + secret + "@localhost:7687", false},
	}
	for i, tt := range tests {
		c := Config{URI: tt.uri, Username: "neo4j", Password: secret}
		drv, err := NewDriver(c)
		if (err != nil) != tt.wantErr {
			t.Errorf("%d: NewDriver(%q) error = %v, want error %v", i, tt.uri, err, tt.wantErr)
		}
		if err != nil && strings.Contains(err.Error(), secret) {
			t.Errorf("%d: error shows the password: %v", i, err)
		}
		if s := c.String(); strings.Contains(s, secret) {
			t.Errorf("%d: Config.String() shows the password: %s", i, s)
		}
		if drv != nil {
			drv.Close(context.Background())
		}
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "neo4j+s://x.example", "NEO4J_USER": "old", "NEO4J_PASSWORD": "pw", "NEO4J_DATABASE": "cables"}
	c := ConfigFromEnv(func(k string) string { return env[k] })
	want := Config{URI: "neo4j+s://x.example", Username: "old", Password: "pw", Database: "cables"}
	if c != want {
		t.Errorf("ConfigFromEnv = %+v, want %+v", c, want)
	}
	env["NEO4J_USERNAME"] = "new"
	if c := ConfigFromEnv(func(k string) string { return env[k] }); c.Username != "new" {
		t.Errorf("NEO4J_USERNAME should win over NEO4J_USER, got %q", c.Username)
	}
}
