import 'graphiql/setup-workers/vite';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import 'graphiql/style.css';
import { endpoint } from './api.js';
import { examples } from './examples.js';
import { Header } from './Header.jsx';

// fetcher sends GraphiQL's requests to the same server; no CDN, no
// subscriptions.
async function fetcher(params, opts) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(opts?.headers || {}) },
    body: JSON.stringify(params),
  });
  return res.json();
}

// ExamplePicker opens an example in a new tab, so stored tabs from an
// earlier visit do not hide the examples.
function ExamplePicker() {
  const { addTab, updateActiveTabValues } = useGraphiQLActions();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  function pick(e) {
    const ex = examples[Number(e.target.value)];
    e.target.value = '';
    if (!ex || !queryEditor) return;
    addTab();
    // addTab swaps the editor's model on the next tick.
    setTimeout(() => {
      queryEditor.setValue(ex.query);
      updateActiveTabValues({ query: ex.query });
    }, 0);
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
