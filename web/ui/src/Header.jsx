import { useEffect, useRef, useState } from 'react';
import { entityHref, gql, storedToken, storeToken, unauthorizedEvent } from './api.js';

const searchQuery = `query Search($q: String!) {
  entities(filter: {name: $q}, first: 10) { nodes { id name type mentionCount } }
}`;

// Header is the bar on every page: the name, the pages, and the entity
// search box; below it, the token box when the server asks for a token.
export function Header({ page }) {
  return (
    <>
      <header className="topbar">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" width="22" height="22" />
          newsgraph
        </a>
        <nav>
          <a className={page === 'home' ? 'active' : ''} href="/">
            Overview
          </a>
          <a className={page === 'entity' ? 'active' : ''} href="/entity">
            Entities
          </a>
          <a className={page === 'query' ? 'active' : ''} href="/query">
            Query
          </a>
        </nav>
        <EntitySearch />
        <TokenState />
      </header>
      <TokenBox />
    </>
  );
}

// TokenState shows that the tab holds a token, and forgets it on demand.
function TokenState() {
  const token = storedToken();
  if (!token) return null;
  function forget() {
    storeToken('');
    window.location.reload();
  }
  return (
    <button type="button" className="token-state" title="A token is kept for this tab only" onClick={forget}>
      Forget token
    </button>
  );
}

// TokenBox appears when the server answers 401: a server started with
// --read-token wants "Authorization: Bearer <token>" on every request for
// data. The token typed here is kept in sessionStorage (this tab only) and
// the page reloads with it.
export function TokenBox() {
  const [reason, setReason] = useState(null);
  const [value, setValue] = useState('');
  useEffect(() => {
    const open = (e) => setReason(e.detail || 'this server needs a token');
    window.addEventListener(unauthorizedEvent, open);
    return () => window.removeEventListener(unauthorizedEvent, open);
  }, []);
  if (reason === null) return null;
  const had = storedToken() !== '';
  function submit(e) {
    e.preventDefault();
    if (!value.trim()) return;
    storeToken(value.trim());
    window.location.reload();
  }
  return (
    <form className="token-box" onSubmit={submit} aria-label="Token">
      <label htmlFor="token-input">
        <strong>{had ? 'The server refused the token.' : 'This server needs a read token.'}</strong>{' '}
        <span className="muted">{reason}</span>
      </label>
      <input
        id="token-input"
        type="password"
        autoComplete="off"
        autoFocus
        placeholder="Token"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit">Use token</button>
      <span className="muted small">Kept for this tab only, sent as Authorization: Bearer.</span>
    </form>
  );
}

// EntitySearch suggests entities as one types (entities(filter: {name})) and
// opens the chosen one's page.
export function EntitySearch({ autoFocus = false, initial = '' }) {
  const [q, setQ] = useState(initial);
  const [results, setResults] = useState([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState('');
  const box = useRef(null);

  useEffect(() => {
    const term = q.trim();
    if (!term) {
      setResults([]);
      return;
    }
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      gql(searchQuery, { q: term }, ctl.signal)
        .then(({ data }) => {
          setResults(data?.entities?.nodes || []);
          setActive(0);
          setError('');
        })
        .catch((e) => {
          if (e.name !== 'AbortError') setError(e.message);
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q]);

  useEffect(() => {
    const close = (e) => {
      if (box.current && !box.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  function onKeyDown(e) {
    if (e.key === 'ArrowDown') {
      setActive((a) => Math.min(a + 1, results.length - 1));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
      e.preventDefault();
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  function onSubmit(e) {
    e.preventDefault();
    const pick = results[active];
    if (pick) window.location.href = entityHref(pick.id);
    else if (q.trim()) window.location.href = '/entity?q=' + encodeURIComponent(q.trim());
  }

  return (
    <form className="search" role="search" onSubmit={onSubmit} ref={box}>
      <input
        type="search"
        name="q"
        placeholder="Search entities…"
        aria-label="Search entities"
        autoComplete="off"
        autoFocus={autoFocus}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {open && q.trim() && (
        <ul className="suggestions" role="listbox">
          {error && <li className="muted">{error}</li>}
          {!error && results.length === 0 && <li className="muted">No entity matches “{q.trim()}”</li>}
          {results.map((r, i) => (
            <li key={r.id} className={i === active ? 'active' : ''} onMouseEnter={() => setActive(i)}>
              <a href={entityHref(r.id)}>
                <span className="name">{r.name}</span>
                <TypeBadge type={r.type} />
                <span className="count">{r.mentionCount} mentions</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

export function TypeBadge({ type }) {
  return <span className={'badge type-' + (type || 'OTHER').toLowerCase()}>{label(type)}</span>;
}

// label turns an enum value (GPE, MEETING, HAPPENED) into a word for people.
export function label(v) {
  if (!v) return '';
  if (v === 'GPE') return 'Country/city';
  return v.charAt(0) + v.slice(1).toLowerCase();
}
