import 'graphiql/setup-workers/vite';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import 'graphiql/style.css';
import { useEffect, useRef } from 'react';
import { authHeaders, endpoint, noteUnauthorized } from './api.js';
import { examples } from './examples.js';
import { Header } from './Header.jsx';

// fetcher sends GraphiQL's requests to the same server, with the tab's
// token if it holds one; no CDN, no subscriptions. A 401 opens the token
// box above GraphiQL.
async function fetcher(params, opts) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders(), ...(opts?.headers || {}) },
    body: JSON.stringify(params),
  });
  const body = await res.json();
  if (res.status === 401) noteUnauthorized(body?.errors?.[0]?.message);
  return body;
}

// ExamplePicker opens an example in a new tab, so stored tabs from an
// earlier visit do not hide the examples.
// /query?example=N (the overview's links) opens example N the same way once
// the editor is ready.
function ExamplePicker() {
  const { addTab, updateActiveTabValues } = useGraphiQLActions();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const opened = useRef(false);
  function open(ex) {
    addTab();
    // addTab swaps the editor's model on the next tick.
    setTimeout(() => {
      queryEditor.setValue(ex.query);
      updateActiveTabValues({ query: ex.query });
    }, 0);
  }
  useEffect(() => {
    if (!queryEditor || opened.current) return;
    opened.current = true;
    const params = new URLSearchParams(window.location.search);
    const ex = params.has('example') ? examples[Number(params.get('example'))] : null;
    if (!ex) return;
    window.history.replaceState(null, '', '/query');
    open(ex);
  });
  function pick(e) {
    const ex = examples[Number(e.target.value)];
    e.target.value = '';
    if (!ex || !queryEditor) return;
    open(ex);
  }
  return (
    <select className="examples" aria-label="Open an example query" defaultValue="" onChange={pick}>
      <option value="" disabled>
        Examples…
      </option>
      {examples.map((ex, i) => (
        <option key={ex.title} value={i}>
          {ex.title}
        </option>
      ))}
    </select>
  );
}

export default function QueryPage() {
  return (
    <div className="query-page">
      <Header page="query" />
      <div className="graphiql-host">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={examples.map((ex) => ({ query: ex.query }))}
          defaultEditorToolsVisibility={false}
          forcedTheme="light"
        >
          <GraphiQL.Logo>
            <ExamplePicker />
          </GraphiQL.Logo>
        </GraphiQL>
      </div>
    </div>
  );
}
