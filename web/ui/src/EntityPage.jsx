import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { Unauthorized, entityHref, entityIdFromLocation, eventHref, gql } from './api.js';
import { eventColors, typeColors } from './colors.js';
import { Evidence, SentenceStarts, sentenceStarts } from './Evidence.jsx';
import { formatDate } from './dates.js';
import { EntitySearch, Header, TypeBadge, label } from './Header.jsx';

// cytoscape is most of this page's script: the text paints first, the
// picture when it has loaded.
const Graph = lazy(() => import('./Graph.jsx'));

const entityQuery = `query EntityPage($id: ID!) {
  entity(id: $id) {
    id name type aliases mentionCount
    partOf { id name type }
    roles { title former since until of { id name type } sources { ...ev } }
    events(first: 200) {
      totalCount
      nodes {
        id type status start end
        location { id name type }
        participants { role entity { id name type } }
        sources { ...ev }
        claims { document { id published } status start end location { id name } }
        conflicts { ...conflict }
      }
    }
    related(first: 20) { count entity { id name type } }
    mentions(first: 100) { totalCount nodes { text evidence { ...ev } } }
  }
}
fragment ev on Evidence { document { id title url published } sentence start end text }
fragment conflict on Event { id type status start end participants { entity { id name } } location { id name } }`;

const listQuery = `query EntityList($q: String, $type: EntityType, $first: Int, $after: String, $last: Int, $before: String) {
  entities(filter: {name: $q, type: $type}, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id name type mentionCount aliases }
  }
}`;

// listPage is how many entities the list shows at once.
const listPage = 100;

const entityTypes = ['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY', 'OTHER'];

const maxDrawn = 40;

// distinctAliases drops aliases that differ from another only in case (a
// lowercased alias key next to the written form), keeping the form with
// more capitals, and the name itself.
export function distinctAliases(e) {
  const best = new Map();
  const caps = (s) => s.replace(/[^\p{Lu}]/gu, '').length;
  for (const a of e.aliases) {
    const k = a.toLowerCase();
    if (k === e.name.toLowerCase()) continue;
    const had = best.get(k);
    if (!had || caps(a) > caps(had)) best.set(k, a);
  }
  return [...best.values()];
}

// latest keeps the n most recent dated events (undated ones if room is left),
// in timeline order.
function latest(events, n) {
  const dated = events.filter((e) => e.start);
  const keep = new Set(dated.slice(-n));
  for (const e of events) if (keep.size < n && !e.start) keep.add(e);
  return events.filter((e) => keep.has(e));
}

// byDate orders events by start date, undated ones last, so the timeline
// reads top to bottom as time goes.
export function byDate(a, b) {
  if (!a.start && !b.start) return 0;
  if (!a.start) return 1;
  if (!b.start) return -1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

export default function EntityPage() {
  const id = entityIdFromLocation();
  return (
    <div className="entity-page">
      <Header page="entity" />
      <main>{id ? <EntityView id={id} /> : <EntityList params={new URLSearchParams(window.location.search)} />}</main>
    </div>
  );
}

function EntityView({ id }) {
  const [state, setState] = useState({ loading: true });
  useEffect(() => {
    gql(entityQuery, { id })
      .then(({ data, errors }) => setState({ entity: data?.entity, errors }))
      .catch((e) => setState({ error: e instanceof Unauthorized ? 'a token is needed' : e.message }));
  }, [id]);

  const events = useMemo(() => [...(state.entity?.events?.nodes || [])].sort(byDate), [state.entity]);
  const starts = useMemo(() => sentenceStarts(state.entity?.mentions?.nodes || []), [state.entity]);
  // A picture of hundreds of events is unreadable: draw the latest ones.
  const drawn = useMemo(() => (events.length > maxDrawn ? latest(events, maxDrawn) : events), [events]);
  const showEvent = useCallback((i) => {
    const el = document.getElementById('ev-' + i);
    if (!el) return;
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }, []);

  useEffect(() => {
    if (state.entity) document.title = state.entity.name + ' · newsgraph';
  }, [state.entity]);
  const showDrawn = useCallback((i) => showEvent(events.indexOf(drawn[i])), [events, drawn, showEvent]);

  if (state.loading) return <p className="muted pad">Loading…</p>;
  if (state.error) return <p className="error pad">Could not load the entity: {state.error}</p>;
  const e = state.entity;
  if (!e) {
    return (
      <div className="pad">
        <p className="error">No entity with id {id}.</p>
        <EntitySearch autoFocus />
      </div>
    );
  }
  const names = [e.name, ...e.aliases];

  return (
    <SentenceStarts.Provider value={starts}>
      {state.errors?.length > 0 && <p className="error pad">Partly loaded: {state.errors.map((x) => x.message).join('; ')}</p>}
      <section className="entity-head">
        <h1>
          {e.name} <TypeBadge type={e.type} />
        </h1>
        <div className="facts">
          <span>{e.mentionCount} mentions</span>
          <span>{e.events.totalCount} events</span>
          {e.partOf.length > 0 && (
            <span>
              in{' '}
              {e.partOf.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ' › '}
                  <a href={entityHref(p.id)}>{p.name}</a>
                </span>
              ))}
            </span>
          )}
          <code className="id" title="Entity id">
            {e.id}
          </code>
        </div>
        {distinctAliases(e).length > 0 && (
          <div className="aliases">
            <span className="muted">Also known as</span>
            {distinctAliases(e).map((a) => (
              <span key={a} className="chip">
                {a}
              </span>
            ))}
          </div>
        )}
      </section>

      <div className="columns">
        <div className="col">
          {(e.roles.length > 0 || e.type === 'PERSON') && <Roles roles={e.roles} names={names} />}
          <Timeline entity={e} events={events} names={names} />
        </div>
        <div className="col">
          <section className="card">
            <h2>Neighbourhood</h2>
            {events.length > 0 ? (
              <>
                <Suspense fallback={<div className="graph graph-loading muted">Drawing…</div>}>
                  <Graph entity={e} events={drawn} onEvent={showDrawn} />
                </Suspense>
                <Legend />
                <p className="legend muted">
                  Click a name to open it, an event to find it in the timeline
                  {drawn.length < events.length && ` · the latest ${drawn.length} of ${events.length} events`}
                </p>
              </>
            ) : (
              <p className="muted">No events yet.</p>
            )}
          </section>
          <Related related={e.related} />
          <Mentions mentions={e.mentions} names={names} />
        </div>
      </div>
    </SentenceStarts.Provider>
  );
}

// Legend names every colour the graph draws, from the graph's own tables:
// each entity type as a dot, each event type as a diamond.
export function Legend() {
  return (
    <p className="legend muted" aria-label="Legend">
      {Object.entries(typeColors).map(([t, color]) => (
        <span key={t} className="legend-item">
          <span className="dot" data-color={color} style={{ background: color }} /> {t === 'LOCATION' ? 'place' : label(t).toLowerCase()}
        </span>
      ))}
      {Object.entries(eventColors).map(([t, color]) => (
        <span key={t} className="legend-item">
          <span className="diamond" data-color={color} style={{ background: color }} /> {t === 'OTHER' ? 'other event' : label(t).toLowerCase()}
        </span>
      ))}
    </p>
  );
}

function Roles({ roles, names }) {
  return (
    <section className="card">
      <h2>Roles</h2>
      {roles.length === 0 && <p className="muted">No roles stated in the sources.</p>}
      <ul className="roles">
        {roles.map((r, i) => (
          <li key={i} className="role">
            <div className="role-line">
              <strong>{r.former ? 'Former ' + r.title : r.title}</strong>
              {r.of && (
                <>
                  {' '}
                  of <a href={entityHref(r.of.id)}>{r.of.name}</a>
                </>
              )}
              <span className="dates">{dateRange(r.since, r.until)}</span>
            </div>
            <Sources
              sources={r.sources}
              terms={[...names.map((n) => ({ text: n, kind: 'name' })), { text: r.title, kind: 'role' }]}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

// dateRange says over which publication dates sources claim a role.
function dateRange(since, until) {
  if (!since && !until) return '';
  if (since === until || !until) return 'stated ' + since;
  if (!since) return 'until ' + until;
  return since + ' → ' + until;
}

// Sources shows the first sentence that states a fact and folds the rest
// away, so the page reads as facts with their evidence at hand.
export function Sources({ sources, terms }) {
  if (!sources?.length) return null;
  const [first, ...rest] = sources;
  return (
    <div className="sources">
      <Evidence ev={first} also={terms} />
      {rest.length > 0 && (
        <details>
          <summary>
            {rest.length} more source{rest.length > 1 ? 's' : ''}
          </summary>
          {rest.map((s, i) => (
            <Evidence key={i} ev={s} also={terms} />
          ))}
        </details>
      )}
    </div>
  );
}

function Timeline({ entity, events, names }) {
  return (
    <section className="card">
      <h2>
        Timeline <span className="muted small">{events.length} events, oldest first; undated last</span>
      </h2>
      {events.length === 0 && <p className="muted">No events found.</p>}
      <ol className="timeline">
        {events.map((ev, i) => (
          <li key={ev.id} id={'ev-' + i} className={'tl-item status-' + ev.status.toLowerCase()}>
            <div className="tl-date">{ev.start ? formatDate(ev.start, ev.end) : <span className="muted">undated</span>}</div>
            <div className="tl-body">
              <div className="tl-title">
                <a className={'badge ev-' + ev.type.toLowerCase()} href={eventHref(ev.id)} title="Open the event's page">
                  {label(ev.type)}
                </a>
                <span className={'badge st-' + ev.status.toLowerCase()}>{label(ev.status)}</span>
                <span className="tl-who">
                  {ev.participants.map((p, j) => (
                    <span key={p.entity.id + j}>
                      {j > 0 && ', '}
                      {p.entity.id === entity.id ? (
                        <strong>{p.entity.name}</strong>
                      ) : (
                        <a href={entityHref(p.entity.id)}>{p.entity.name}</a>
                      )}
                      {p.role && p.role !== 'participant' && <span className="muted"> ({p.role})</span>}
                    </span>
                  ))}
                </span>
                {ev.location && (
                  <span className="tl-where">
                    {' '}
                    at <a href={entityHref(ev.location.id)}>{ev.location.name}</a>
                  </span>
                )}
              </div>
              <Claims claims={ev.claims} />
              <Conflicts conflicts={ev.conflicts} />
              <Sources
                sources={ev.sources}
                terms={[
                  ...names.map((n) => ({ text: n, kind: 'name' })),
                  ...ev.participants.filter((p) => p.entity.id !== entity.id).map((p) => ({ text: p.entity.name, kind: 'other' })),
                  ...(ev.location ? [{ text: ev.location.name, kind: 'place' }] : []),
                ]}
              />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

// Conflicts lists the events that sources describe differently: the same
// occasion with other participants (one report names another holder of the
// same office). Each opens its own page.
export function Conflicts({ conflicts }) {
  if (!conflicts?.length) return null;
  return (
    <div className="conflicts" role="note">
      <strong>Reported differently:</strong>
      <ul>
        {conflicts.map((c) => (
          <li key={c.id}>
            <a href={eventHref(c.id)}>
              {label(c.type)}
              {c.participants.length > 0 && ' of ' + c.participants.map((p) => p.entity.name).join(', ')}
              {c.start && ' on ' + formatDate(c.start, c.end)}
              {c.location && ' at ' + c.location.name}
            </a>{' '}
            <span className={'badge st-' + c.status.toLowerCase()}>{label(c.status)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

// Claims shows how the story moved when sources disagree: what each one
// said, oldest first (planned for the 27th in Tokyo; happened on the 28th
// at the State Guest House).
export function Claims({ claims }) {
  if (!claims || claims.length < 2) return null;
  // A source that leaves the date or place out does not disagree.
  const differ = (f) => new Set(claims.map(f).filter((v) => v != null)).size > 1;
  if (!differ((c) => c.status) && !differ((c) => c.start) && !differ((c) => c.end) && !differ((c) => c.location?.id)) return null;
  const ordered = [...claims].sort((a, b) => (a.document.published || '9').localeCompare(b.document.published || '9'));
  return (
    <ul className="claims" aria-label="What each source says" title="What each source says, by publication date">
      {ordered.map((c, i) => (
        <li key={i}>
          <span className="claim-when" title={'Reported in ' + c.document.id}>
            {c.document.published ? formatDate(c.document.published) : c.document.id}
          </span>
          <span className={'badge st-' + c.status.toLowerCase()}>{label(c.status)}</span>
          {c.start && <span> {formatDate(c.start, c.end)}</span>}
          {c.location && <span> at {c.location.name}</span>}
        </li>
      ))}
    </ul>
  );
}

function Related({ related }) {
  if (!related?.length) return null;
  return (
    <section className="card">
      <h2>Co-participants</h2>
      <ul className="related">
        {related.map((r) => (
          <li key={r.entity.id}>
            <a href={entityHref(r.entity.id)}>{r.entity.name}</a> <TypeBadge type={r.entity.type} />
            <span className="muted">
              {' '}
              {r.count} shared event{r.count > 1 ? 's' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const mentionsShown = 8;

function Mentions({ mentions, names }) {
  const [all, setAll] = useState(false);
  const list = mentions?.nodes || [];
  const total = mentions?.totalCount ?? 0;
  const shown = all ? list : list.slice(0, mentionsShown);
  return (
    <section className="card">
      <h2>
        Evidence <span className="muted small">{total} mentions</span>
      </h2>
      {list.length === 0 && <p className="muted">No mentions.</p>}
      {shown.map((m, i) => (
        <Evidence key={i} ev={m.evidence} primary={m.text} also={names.filter((n) => n !== m.text).map((n) => ({ text: n, kind: 'name' }))} />
      ))}
      {shown.length < list.length && (
        <button type="button" className="more" onClick={() => setAll(true)}>
          Show {list.length - shown.length} more
        </button>
      )}
      {all && list.length < total && <p className="muted small">The first {list.length} of {total} mentions.</p>}
    </section>
  );
}

// EntityList is /entity with no id: the most mentioned entities, or those
// matching ?q=, of one ?type= if given.
function EntityList({ params }) {
  const q = params.get('q') || '';
  const type = entityTypes.includes(params.get('type')) ? params.get('type') : '';
  const [state, setState] = useState({ loading: true });
  // at is the page asked for: forward from a cursor, backward from one, or
  // the first page; offset is the position of its first entity in the list.
  const [at, setAt] = useState({ offset: 0 });
  useEffect(() => {
    const vars = { q: q || null, type: type || null };
    if (at.before) Object.assign(vars, { last: listPage, before: at.before });
    else Object.assign(vars, { first: listPage, after: at.after || null });
    gql(listQuery, vars)
      .then(({ data }) => setState({ list: data?.entities }))
      .catch((e) => setState({ error: e instanceof Unauthorized ? 'a token is needed' : e.message }));
  }, [q, type, at]);
  const list = state.list;
  const shownFrom = list?.nodes.length ? at.offset + 1 : 0;
  const shownTo = list ? at.offset + list.nodes.length : 0;
  function next() {
    setAt({ after: list.pageInfo.endCursor, offset: at.offset + list.nodes.length });
    window.scrollTo(0, 0);
  }
  function previous() {
    setAt({ before: list.pageInfo.startCursor, offset: Math.max(0, at.offset - listPage) });
    window.scrollTo(0, 0);
  }
  const pager = list && (list.pageInfo.hasPreviousPage || list.pageInfo.hasNextPage) && (
    <div className="pager">
      <button type="button" className="more prev" disabled={!list.pageInfo.hasPreviousPage} onClick={previous}>
        ← Previous {listPage}
      </button>
      <span className="muted">
        {shownFrom}–{shownTo} of {list.totalCount}
      </span>
      <button type="button" className="more next" disabled={!list.pageInfo.hasNextPage} onClick={next}>
        Next{list.pageInfo.hasNextPage ? ' ' + Math.min(listPage, list.totalCount - shownTo) : ''} →
      </button>
    </div>
  );
  function pickType(e) {
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (e.target.value) next.set('type', e.target.value);
    const qs = next.toString();
    window.location.href = '/entity' + (qs ? '?' + qs : '');
  }
  return (
    <div className="pad">
      <h1>{q ? `Entities matching “${q}”` : 'Most mentioned entities'}</h1>
      <div className="list-tools">
        <EntitySearch autoFocus initial={q} />
        <select className="type-filter" aria-label="Entity type" value={type} onChange={pickType}>
          <option value="">All types</option>
          {entityTypes.map((t) => (
            <option key={t} value={t}>
              {label(t)}
            </option>
          ))}
        </select>
        {list && (
          <span className="muted list-count">
            {list.nodes.length < list.totalCount ? `${shownFrom}–${shownTo} of ${list.totalCount}` : `${list.totalCount} entities`}
          </span>
        )}
      </div>
      {state.loading && <p className="muted">Loading…</p>}
      {state.error && <p className="error">{state.error}</p>}
      {state.list && (
        <table className="entity-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Type</th>
              <th>Mentions</th>
              <th>Also known as</th>
            </tr>
          </thead>
          <tbody>
            {state.list.nodes.map((e) => (
              <tr key={e.id}>
                <td>
                  <a href={entityHref(e.id)}>{e.name}</a>
                </td>
                <td>
                  <TypeBadge type={e.type} />
                </td>
                <td className="num">{e.mentionCount}</td>
                <td className="muted">{distinctAliases(e).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pager}
    </div>
  );
}
