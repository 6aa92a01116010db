package graph

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// CheckOrigin validates one allowed CORS origin as an operator writes it
// (--cors-origin) and returns it the way browsers send it in the Origin
// header: "scheme://host[:port]", scheme and host in lower case, no default
// port, nothing after the host. Only exact origins are accepted: no "*",
// no path, no wildcard host.
func CheckOrigin(s string) (string, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "/")
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		u.Path != "" || u.RawQuery != "" || u.Fragment != "" || strings.Contains(u.Host, "*") {
		return "", fmt.Errorf("CORS origin %q is not an exact origin like https://app.example.org or http://localhost:5173", s)
	}
	host := strings.ToLower(u.Host)
	if port := u.Port(); (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		host = strings.TrimSuffix(host, ":"+port)
	}
	return strings.ToLower(u.Scheme) + "://" + host, nil
}

// cors lets browser pages of other origins call the server, for exactly
// the origins the operator listed and no other. Tokens travel in the
// Authorization header, never in cookies, so credentials are not allowed.
type cors struct {
	origins map[string]bool
}

// newCORS returns nil when no origin is allowed: no CORS header is ever
// sent, and browsers keep other origins out.
func newCORS(origins []string) *cors {
	if len(origins) == 0 {
		return nil
	}
	c := &cors{origins: map[string]bool{}}
	for _, o := range origins {
		if norm, err := CheckOrigin(o); err == nil {
			c.origins[norm] = true
		}
	}
	return c
}

// corsMaxAge is how long (seconds) a browser may keep a preflight's answer.
const corsMaxAge = "600"

// handle adds the CORS headers that r's origin is entitled to and answers
// a preflight (OPTIONS with Access-Control-Request-Method) from an allowed
// origin itself, reporting true. Everything else goes on to the access rule
// as usual: a preflight does not carry the token, the request after it
// does.
func (c *cors) handle(w http.ResponseWriter, r *http.Request) bool {
	if c == nil {
		return false
	}
	w.Header().Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	if origin == "" || !c.origins[origin] {
		return false
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
		h.Set("Access-Control-Expose-Headers", "WWW-Authenticate")
		return false
	}
	h.Add("Vary", "Access-Control-Request-Method")
	h.Add("Vary", "Access-Control-Request-Headers")
	h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
	h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
	h.Set("Access-Control-Max-Age", corsMaxAge)
	w.WriteHeader(http.StatusNoContent)
	return true
}
