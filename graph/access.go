package graph

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"
)

// Access is the one rule every route of a newsgraph server answers by: the
// GraphQL endpoint, the plain HTTP endpoints (/api/link, /api/export) and
// the web page alike. Protect applies it.
//
// Who a request is comes from its Authorization header, parsed the same way
// everywhere: "Bearer <token>", the scheme in any case.
//
//	header            no tokens set   read token set        write token set
//	none              read, write     401 (page: public)    read; mutations refused
//	Bearer <read>     read, write     read                  -
//	Bearer <write>    read, write     read, write           read, write
//	Bearer <other>    read, write     401                   401
//	other scheme      read, write     401                   401
//
// The write token is also a read token. A server with no token at all
// ignores the header.
type Access struct {
	ReadToken  string
	WriteToken string

	// Hosts are the names (without port) the Host header may carry besides
	// IP literals and "localhost", which are always accepted: a browser
	// that reaches the server through a name resolving to it by DNS
	// rebinding sends that name, and is refused. Nil turns the check off
	// (in-process handlers); the serve command always sets it.
	Hosts []string

	// Public reports the requests that read no data and so need no read
	// token: the web page's shell and static assets, which then ask
	// /graphql for data with the token the user gives the page.
	Public func(*http.Request) bool

	// Timeout ends every request's context (default DefaultTimeout), the
	// same for every route. Handlers stop when it ends.
	Timeout time.Duration

	// MaxBodyBytes bounds every request body while it is read (default
	// DefaultMaxBodyBytes); routes may bound theirs tighter.
	MaxBodyBytes int64

	// CORSOrigins are the exact origins (CheckOrigin) whose pages may call
	// the server from a browser; their preflights are answered before any
	// other check. None by default.
	CORSOrigins []string
}

// bodyTypes are the media types a POST may carry. Browsers send
// text/plain, form and multipart bodies cross-site without asking the
// server first (no CORS preflight), so any page a user visits could
// otherwise make a tokenless server link, ingest or merge.
var bodyTypes = map[string]bool{"application/json": true, "application/graphql": true}

// Protect wraps next, usually the server's whole mux, with a's rule: CORS
// headers for a listed origin (its preflight answered there), allowed host,
// body media type, token, body size and time limit, in that order. The identity it finds is in the request's context for the
// handlers (mutations need a writer). A request that already went through
// Protect passes through an inner one unchecked.
func Protect(a Access, next http.Handler) http.Handler {
	if a.Timeout <= 0 {
		a.Timeout = DefaultTimeout
	}
	if a.MaxBodyBytes <= 0 {
		a.MaxBodyBytes = DefaultMaxBodyBytes
	}
	var hosts map[string]bool
	if a.Hosts != nil {
		hosts = map[string]bool{"localhost": true}
		for _, h := range a.Hosts {
			hosts[strings.ToLower(strings.TrimSuffix(h, "."))] = true
		}
	}
	cors := newCORS(a.CORSOrigins)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := r.Context().Value(identityKey{}).(identity); ok {
			next.ServeHTTP(w, r)
			return
		}
		if cors.handle(w, r) {
			return
		}
		if hosts != nil && !hostAllowed(hosts, r.Host) {
			writeError(w, http.StatusForbidden, fmt.Sprintf("host %.64q is not served here: start the server with --allow-host to add it", r.Host), "HOST_NOT_ALLOWED")
			return
		}
		if r.Method == http.MethodPost {
			mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || !bodyTypes[mt] {
				writeError(w, http.StatusUnsupportedMediaType, "POST needs Content-Type: application/json", "UNSUPPORTED_MEDIA_TYPE")
				return
			}
		}
		id, status, msg := a.identify(r)
		if status != 0 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
			writeError(w, status, msg, "UNAUTHENTICATED")
			return
		}
		if r.ContentLength > a.MaxBodyBytes {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than the limit of %d bytes", a.MaxBodyBytes), "REQUEST_TOO_LARGE")
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, a.MaxBodyBytes)
		}
		ctx, cancel := context.WithTimeout(r.Context(), a.Timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(context.WithValue(ctx, identityKey{}, id)))
	})
}

// identify finds who r is under a, or the status and message that refuse it.
func (a *Access) identify(r *http.Request) (identity, int, string) {
	if a.ReadToken == "" && a.WriteToken == "" {
		// An open server: everyone reads and writes, anonymously.
		return identity{reader: true, writer: true, name: "anonymous"}, 0, ""
	}
	header := r.Header.Get("Authorization")
	if header == "" {
		if a.ReadToken != "" && r.Method != http.MethodOptions && (a.Public == nil || !a.Public(r)) {
			return identity{}, http.StatusUnauthorized, `read token required: send it as "Authorization: Bearer <token>"`
		}
		return identity{reader: a.ReadToken == "", writer: a.WriteToken == "", name: "anonymous"}, 0, ""
	}
	token, ok := bearer(header)
	switch {
	case !ok:
		return identity{}, http.StatusUnauthorized, `the Authorization header must be "Bearer <token>"`
	case a.WriteToken != "" && equal(token, a.WriteToken):
		return identity{reader: true, writer: true, name: "write-token"}, 0, ""
	case a.ReadToken != "" && equal(token, a.ReadToken):
		return identity{reader: true, writer: a.WriteToken == "", name: "read-token"}, 0, ""
	}
	return identity{}, http.StatusUnauthorized, "the token is not one this server accepts"
}

// bearer is the token of an Authorization header "Bearer <token>", the
// scheme in any case (RFC 7235 makes it case-insensitive).
func bearer(header string) (string, bool) {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", false
	}
	return token, true
}

// hostAllowed reports whether the Host header names this server: an IP
// literal (no DNS involved, so no rebinding), localhost, or a listed name.
func hostAllowed(hosts map[string]bool, host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "" {
		return false
	}
	return net.ParseIP(host) != nil || hosts[host]
}

func equal(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// writeError answers a request refused before it reached a handler, in the
// GraphQL error shape that also carries the "error" field the plain HTTP
// endpoints answer with, so that clients of either read it.
func writeError(w http.ResponseWriter, status int, msg, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"error":  msg,
		"errors": []map[string]any{{"message": msg, "extensions": map[string]string{"code": code}}},
	})
}
