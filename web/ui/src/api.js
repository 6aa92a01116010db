// The one place the page talks to the server: POST /graphql on the same
// origin, so the page works wherever the binary is served.

export const endpoint = '/graphql';

// A server started with --read-token answers 401 until the page sends the
// token as "Authorization: Bearer <token>". The token the user types is kept
// in sessionStorage: for this tab only, gone when it closes, never written
// to disk with the site's other data.
const tokenKey = 'newsgraph.token';

export function storedToken() {
  try {
    return sessionStorage.getItem(tokenKey) || '';
  } catch {
    return '';
  }
}

export function storeToken(token) {
  try {
    if (token) sessionStorage.setItem(tokenKey, token);
    else sessionStorage.removeItem(tokenKey);
  } catch {
    // Storage switched off: the token lasts until the page is left.
  }
}

// authHeaders are the headers that carry the stored token, if any.
export function authHeaders() {
  const token = storedToken();
  return token ? { Authorization: 'Bearer ' + token } : {};
}

// unauthorizedEvent is dispatched on window when the server answers 401;
// its detail is the server's message. The token box listens for it.
export const unauthorizedEvent = 'newsgraph:unauthorized';

export class Unauthorized extends Error {
  constructor(message) {
    super(message || 'this server needs a token');
    this.name = 'Unauthorized';
  }
}

// noteUnauthorized tells the token box that a request was refused for want
// of a (valid) token, with the server's reason.
export function noteUnauthorized(message) {
  window.dispatchEvent(new CustomEvent(unauthorizedEvent, { detail: message || '' }));
}

// gql runs a query and returns its data. Errors with no data throw; errors
// next to partial data are returned in `errors` so the page can still show
// what came back. A 401 throws Unauthorized and opens the token box.
export async function gql(query, variables = {}, signal) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`server answered ${res.status} ${res.statusText}`);
  }
  if (res.status === 401) {
    const msg = body?.errors?.[0]?.message;
    noteUnauthorized(msg);
    throw new Unauthorized(msg);
  }
  if (body.errors?.length && !body.data) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return { data: body.data, errors: body.errors || [] };
}

// entityHref is the address of an entity's page. Ids are IRIs, so they go
// in the query string, encoded.
export function entityHref(id) {
  return '/entity?id=' + encodeURIComponent(id);
}

// eventHref is the address of an event's page.
export function eventHref(id) {
  return '/event?id=' + encodeURIComponent(id);
}

// entityIdFromLocation reads the id from /entity?id=... or /entity/<encoded id>.
export function entityIdFromLocation(loc = window.location) {
  const q = new URLSearchParams(loc.search).get('id');
  if (q) return q;
  const m = loc.pathname.match(/^\/entity\/(.+)$/);
  if (m) {
    try {
      return decodeURIComponent(m[1]);
    } catch {
      return m[1];
    }
  }
  return '';
}
