import { useEffect, useMemo, useState } from 'react';
import { Unauthorized, entityHref, gql } from './api.js';
import { Claims, Conflicts, Sources } from './EntityPage.jsx';
import { formatDate } from './dates.js';
import { Header, TypeBadge, label } from './Header.jsx';

const eventQuery = `query EventPage($id: ID!) {
  event(id: $id) {
    id type status start end
    participants { role entity { id name type } }
    location { id name type partOf { id name } }
    documents { id title url published }
    sources { document { id title url published } sentence start end text }
    claims { document { id published } status start end location { id name } }
    conflicts {
      id type status start end
      participants { entity { id name } }
      location { id name }
      documents { id title published }
    }
  }
}`;

// EventPage is /event?id=...: one event with who took part, where and when,
// the documents that report it (oldest first), what each says when they
// disagree, the sentences that state it, and the events other reports make
// of the same occasion.
export default function EventPage() {
  const id = new URLSearchParams(window.location.search).get('id') || '';
  const [state, setState] = useState({ loading: true });
  useEffect(() => {
    if (!id) {
      setState({ error: 'no event id in the address' });
      return;
    }
    gql(eventQuery, { id })
      .then(({ data, errors }) => setState({ event: data?.event, errors }))
      .catch((e) => setState({ error: e instanceof Unauthorized ? 'a token is needed' : e.message }));
  }, [id]);
  const ev = state.event;
  useEffect(() => {
    if (ev) document.title = label(ev.type) + (ev.start ? ' ' + formatDate(ev.start, ev.end) : '') + ' · newsgraph';
  }, [ev]);
  const terms = useMemo(
    () => [
      ...(ev?.participants || []).map((p) => ({ text: p.entity.name, kind: 'name' })),
      ...(ev?.location ? [{ text: ev.location.name, kind: 'place' }] : []),
    ],
    [ev],
  );
  return (
    <div className="event-page">
      <Header page="event" />
      <main>
        {state.loading && <p className="muted pad">Loading…</p>}
        {state.error && <p className="error pad">Could not load the event: {state.error}</p>}
        {!state.loading && !state.error && !ev && <p className="error pad">No event with id {id}.</p>}
        {ev && (
          <>
            <section className="entity-head event-head">
              <h1>
                {label(ev.type)} {ev.start && <span className="event-date">{formatDate(ev.start, ev.end)}</span>}{' '}
                <span className={'badge st-' + ev.status.toLowerCase()}>{label(ev.status)}</span>
              </h1>
              <div className="facts">
                <span className="event-who">
                  {ev.participants.map((p, i) => (
                    <span key={p.entity.id + i}>
                      {i > 0 && ', '}
                      <a href={entityHref(p.entity.id)}>{p.entity.name}</a> <TypeBadge type={p.entity.type} />
                      {p.role && p.role !== 'participant' && <span className="muted"> ({p.role})</span>}
                    </span>
                  ))}
                </span>
                {ev.location && (
                  <span>
                    at <a href={entityHref(ev.location.id)}>{ev.location.name}</a>
                    {ev.location.partOf.map((w) => (
                      <span key={w.id}>
                        , <a href={entityHref(w.id)}>{w.name}</a>
                      </span>
                    ))}
                  </span>
                )}
                <code className="id" title="Event id">
                  {ev.id}
                </code>
              </div>
            </section>
            <div className="columns">
              <div className="col">
                {ev.conflicts.length > 0 && (
                  <section className="card">
                    <h2>Other reports of the occasion</h2>
                    <Conflicts conflicts={ev.conflicts} />
                  </section>
                )}
                <section className="card">
                  <h2>
                    Reported by <span className="muted small">{ev.documents.length} documents, oldest first</span>
                  </h2>
                  <ol className="documents">
                    {ev.documents.map((d) => (
                      <li key={d.id}>
                        <span className="claim-when">{d.published ? formatDate(d.published) : 'undated'}</span>{' '}
                        {d.url ? (
                          <a href={d.url} target="_blank" rel="noreferrer">
                            {d.title || d.id}
                          </a>
                        ) : (
                          <span>{d.title || d.id}</span>
                        )}
                      </li>
                    ))}
                  </ol>
                  <Claims claims={ev.claims} />
                </section>
              </div>
              <div className="col">
                <section className="card">
                  <h2>
                    Evidence <span className="muted small">{ev.sources.length} sentences</span>
                  </h2>
                  <Sources sources={ev.sources} terms={terms} />
                </section>
              </div>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
