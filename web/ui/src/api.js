// The one place the page talks to the server: POST /graphql on the same
// origin, so the page works wherever the binary is served.

export const endpoint = '/graphql';

// gql runs a query and returns its data. Errors with no data throw; errors
// next to partial data are returned in `errors` so the page can still show
// what came back.
export async function gql(query, variables = {}, signal) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`server answered ${res.status} ${res.statusText}`);
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
