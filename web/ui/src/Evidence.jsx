import { markTerms, spanCoversSentence } from './highlight.js';

// Evidence shows one source sentence with the mention marked, and where it
// comes from. primary is the surface form that the span points at (when
// known); also are other names worth marking (the entity's aliases, the
// other participants).
export function Evidence({ ev, primary, also = [] }) {
  const terms = [];
  if (primary && !spanCoversSentence(ev)) terms.push({ text: primary, kind: 'mention' });
  for (const a of also) terms.push({ text: a.text, kind: a.kind || 'name' });
  const parts = markTerms(ev.text, terms);
  const doc = ev.document || {};
  return (
    <blockquote className="evidence">
      <p>
        {parts.map((p, i) =>
          p.kind ? (
            <mark key={i} className={'m-' + p.kind}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      <footer>
        {doc.url ? (
          <a href={doc.url} target="_blank" rel="noreferrer">
            {doc.title || doc.id}
          </a>
        ) : (
          <span className="doc">{doc.title || doc.id}</span>
        )}
        {doc.published && <span> · {doc.published}</span>}
        <span className="muted">
          {' '}
          · sentence {ev.sentence + 1} · bytes {ev.start}–{ev.end}
        </span>
      </footer>
    </blockquote>
  );
}
