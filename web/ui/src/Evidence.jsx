import { createContext, useContext } from 'react';
import { markTerms, sentenceKey, sentenceStart, spanCoversSentence, spanIn, utf8Length } from './highlight.js';

// SentenceStarts maps sentenceKey(evidence) to the sentence's byte offset in
// its document, where the page could work it out from a mention; with it,
// any span in that sentence is marked exactly.
export const SentenceStarts = createContext(new Map());

// sentenceStarts collects what the mentions tell about where sentences start.
export function sentenceStarts(mentions) {
  const out = new Map();
  for (const m of mentions) {
    const at = sentenceStart(m.evidence, m.text);
    if (at != null) out.set(sentenceKey(m.evidence), at);
  }
  return out;
}

// Evidence shows one source sentence with the mention marked, and where it
// comes from. primary is the surface form that the span points at (when
// known); also are other names worth marking (the entity's aliases, the
// other participants).
export function Evidence({ ev, primary, also = [] }) {
  const starts = useContext(SentenceStarts);
  const whole = spanCoversSentence(ev);
  let exact = null;
  if (!whole) {
    const at = starts.get(sentenceKey(ev)) ?? sentenceStart(ev, primary);
    exact = spanIn(ev, at);
  }
  const terms = [];
  if (!whole && !exact && primary) terms.push({ text: primary, kind: 'mention' });
  for (const a of also) {
    // Without the sentence's offset, a name as long as the span is the
    // best guess at what the span points to.
    const guess = !whole && !exact && !primary && utf8Length(a.text) === ev.end - ev.start;
    terms.push({ text: a.text, kind: guess ? 'mention' : a.kind || 'name' });
  }
  const parts = markTerms(ev.text, terms, exact);
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
