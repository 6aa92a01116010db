import { useEffect, useState } from 'react';
import { Unauthorized, entityHref, eventHref, gql } from './api.js';
import { formatDate } from './dates.js';
import { examples } from './examples.js';
import { Header, TypeBadge, label } from './Header.jsx';

const overviewQuery = `query Overview {
  stats { documents entities { type count } events { type count } }
  latest: events(orderBy: {field: START, direction: DESC}, first: 12) {
    totalCount
    nodes { id type status start end participants { entity { id name } } location { id name } }
  }
  top: entities(first: 12) { totalCount nodes { id name type mentionCount } }
}`;

// Home is the first screen: what the graph holds, its latest events and
// most mentioned entities, and the questions to ask in GraphiQL. It is
// part of the page's first script, so it paints without waiting for
// GraphiQL or cytoscape, which load only on the pages that use them.
export default function Home() {
  const [state, setState] = useState({ loading: true });
  useEffect(() => {
    gql(overviewQuery)
      .then(({ data }) => setState({ data }))
      .catch((e) => setState({ error: e.message, unauthorized: e instanceof Unauthorized }));
  }, []);
  const d = state.data;
  return (
    <div className="home-page">
      <Header page="home" />
      <main className="overview pad" data-ready={d ? 'yes' : undefined}>
        {state.loading && <p className="muted">Loading…</p>}
        {state.error && !state.unauthorized && <p className="error">Could not load the overview: {state.error}</p>}
        {d && <Stats stats={d.stats} />}
        <div className="home-columns">
          {d && <Latest latest={d.latest} />}
          <div className="col">
            {d && <Top top={d.top} />}
            <Ask />
          </div>
        </div>
      </main>
    </div>
  );
}

function total(list) {
  return list.reduce((n, t) => n + t.count, 0);
}

function Stats({ stats }) {
  const parts = (list) =>
    list
      .filter((t) => t.count > 0)
      .map((t) => `${t.count} ${label(t.type).toLowerCase()}`)
      .join(', ');
  return (
    <section className="stats" aria-label="What the graph holds">
      <div className="stat">
        <span className="stat-num">{stats.documents}</span> documents
      </div>
      <div className="stat">
        <a href="/entity">
          <span className="stat-num">{total(stats.entities)}</span> entities
        </a>
        <div className="muted small">{parts(stats.entities)}</div>
      </div>
      <div className="stat">
        <span className="stat-num">{total(stats.events)}</span> events
        <div className="muted small">{parts(stats.events)}</div>
      </div>
    </section>
  );
}

function Latest({ latest }) {
  return (
    <section className="card latest">
      <h2>
        Latest events <span className="muted small">newest first, of {latest.totalCount}</span>
      </h2>
      {latest.nodes.length === 0 && <p className="muted">No events yet: ingest some articles.</p>}
      <ul>
        {latest.nodes.map((ev) => (
          <li key={ev.id}>
            <span className="latest-date">{ev.start ? formatDate(ev.start, ev.end) : <span className="muted">undated</span>}</span>
            <span className={'badge ev-' + ev.type.toLowerCase()}>{label(ev.type)}</span>
            <a className="latest-what" href={eventHref(ev.id)}>
              {ev.participants.map((p) => p.entity.name).join(', ') || label(ev.type)}
              {ev.location && ' at ' + ev.location.name}
            </a>
            <span className={'badge st-' + ev.status.toLowerCase()}>{label(ev.status)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Top({ top }) {
  return (
    <section className="card">
      <h2>
        Most mentioned{' '}
        <a className="small" href="/entity">
          all {top.totalCount} entities
        </a>
      </h2>
      <ul className="top">
        {top.nodes.map((e) => (
          <li key={e.id}>
            <a href={entityHref(e.id)}>{e.name}</a> <TypeBadge type={e.type} /> <span className="muted small">{e.mentionCount}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Ask lists the example queries; each opens GraphiQL with it.
function Ask() {
  return (
    <section className="card">
      <h2>Ask in GraphiQL</h2>
      <ul className="ask">
        {examples.map((ex, i) => (
          <li key={ex.title}>
            <a href={'/query?example=' + i}>{ex.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
