package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// The commands that read or write a store (ingest, query, export, import)
// open it themselves with --data, or go through a running server with
// --server. A separate flag rather than an http:// value of --data: --data
// names a store this process opens (and locks, for leveldb), --server a
// process that does the work with its own extraction, limits and tokens;
// one flag meaning both would hide which process touches the store, and an
// http:// store URL would read as a store backend that does not exist.

// storeFlags are --data, --server and --token, shared by the commands that
// reach a store.
type storeFlags struct {
	data, server, token string
	fs                  *flag.FlagSet
}

func addStoreFlags(fs *flag.FlagSet) *storeFlags {
	sf := &storeFlags{fs: fs}
	fs.StringVar(&sf.data, "data", defaultData(), "the store to open: a folder `DIR`, leveldb://PATH, memory:// or postgres://... (or $NEWSGRAPH_DATA)")
	fs.StringVar(&sf.server, "server", "", "go through the running server at `URL` (http(s)://host:port) instead of opening a store (or $NEWSGRAPH_SERVER)")
	fs.StringVar(&sf.token, "token", "", "with --server: the `TOKEN` to send, the write token (ingest, import) or read token (query, export) (or $NEWSGRAPH_TOKEN)")
	return sf
}

// resolve applies the environment to flags left unset, and refuses --data
// and --server together.
func (sf *storeFlags) resolve() error {
	set := map[string]bool{}
	sf.fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["server"] {
		sf.server = os.Getenv("NEWSGRAPH_SERVER")
		if set["data"] {
			sf.server = "" // an explicit --data wins over the environment's server
		}
	}
	if !set["token"] {
		sf.token = os.Getenv("NEWSGRAPH_TOKEN")
	}
	if set["data"] && set["server"] {
		return usageError{errors.New("give --data or --server, not both")}
	}
	return nil
}

// remote returns the client for --server, or nil when the store is local.
func (sf *storeFlags) remote() (*remote, error) {
	if sf.server == "" {
		return nil, nil
	}
	u, err := url.Parse(sf.server)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, usageError{fmt.Errorf("--server %q: want http://HOST:PORT or https://HOST:PORT", sf.server)}
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return &remote{base: u, token: sf.token, client: http.DefaultClient}, nil
}

// mustExist refuses a local store that is not there yet, for the commands
// that only read: a typo in --data should not create an empty store that
// answers "0 documents".
func mustExist(data string) error {
	path := data
	switch {
	case strings.HasPrefix(data, "leveldb://"):
		path = strings.TrimPrefix(data, "leveldb://")
	case strings.Contains(data, "://"):
		return nil // memory:// is empty by nature; a database is the server's to check
	}
	if _, err := os.Stat(filepath.Join(path, "CURRENT")); err != nil {
		return fmt.Errorf("no store at %s (this command never creates one): ingest into it first, or name another with --data, or a running server with --server", data)
	}
	return nil
}

// remote is a running newsgraph server reached over HTTP.
type remote struct {
	base   *url.URL
	token  string
	client *http.Client
}

// do sends one request and returns the response when its status is 2xx;
// any other status becomes an error carrying the server's message.
func (r *remote) do(ctx context.Context, method, path, ctype string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, r.base.String()+path, body)
	if err != nil {
		return nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, unreachableError{fmt.Errorf("server %s: %w", r.base, err)}
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
		msg := strings.TrimSpace(string(b))
		var e struct {
			Error  string `json:"error"`
			Errors []struct {
				Message string `json:"message"`
			} `json:"errors"`
		}
		if json.Unmarshal(b, &e) == nil {
			if e.Error != "" {
				msg = e.Error
			} else if len(e.Errors) > 0 {
				msg = e.Errors[0].Message
			}
		}
		return nil, fmt.Errorf("server %s: %s %s: %s: %s", r.base, method, path, resp.Status, msg)
	}
	return resp, nil
}

// graphql posts one request body to /graphql and returns the raw answer.
func (r *remote) graphql(ctx context.Context, body []byte) ([]byte, error) {
	resp, err := r.do(ctx, http.MethodPost, "/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// gqlAnswer is the part of a GraphQL response the commands look at.
type gqlAnswer struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

// unreachableError is a server that did not answer at all: a batch stops
// at the first one instead of failing every document alike.
type unreachableError struct{ error }

func (e unreachableError) Unwrap() error { return e.error }

// errGraphQL means the answer carried GraphQL errors; it was printed.
var errGraphQL = errors.New("the answer has GraphQL errors")
