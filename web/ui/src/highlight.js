// Evidence comes back as a sentence plus a byte span (UTF-8) into the
// document's text. The sentence's own offset is not part of the contract, so
// the mention is found again by searching its surface form in the sentence.
// JS strings index UTF-16 code units, never bytes: byte counts are only used
// to tell a whole-sentence span from a mention span.

const encoder = new TextEncoder();

// utf8Length is the number of bytes of s in UTF-8.
export function utf8Length(s) {
  return encoder.encode(s).length;
}

// spanCoversSentence reports whether an evidence span is as long as its
// sentence (the fact is the sentence, not one mention in it).
export function spanCoversSentence(ev) {
  return ev.end - ev.start >= utf8Length(ev.text) - 1;
}

// byteToIndex turns a UTF-8 byte offset into text into a UTF-16 index, or
// -1 when the offset is outside the text or inside a character.
export function byteToIndex(text, bytes) {
  if (bytes < 0) return -1;
  let b = 0;
  let i = 0;
  for (const ch of text) {
    if (b === bytes) return i;
    if (b > bytes) return -1;
    b += utf8Length(ch);
    i += ch.length;
  }
  return b === bytes ? i : -1;
}

// sentenceStart works out where a sentence begins in its document (in
// bytes) from a mention whose surface form occurs exactly once in the
// sentence; null when that cannot be known.
export function sentenceStart(ev, surface) {
  if (!surface) return null;
  const i = ev.text.indexOf(surface);
  if (i < 0 || ev.text.indexOf(surface, i + 1) >= 0) return null;
  if (utf8Length(surface) !== ev.end - ev.start) return null;
  return ev.start - utf8Length(ev.text.slice(0, i));
}

// spanIn maps an evidence span to UTF-16 indexes in its sentence, given
// where the sentence starts in the document; null when it does not fit.
export function spanIn(ev, start) {
  if (start == null) return null;
  const i = byteToIndex(ev.text, ev.start - start);
  const j = byteToIndex(ev.text, ev.end - start);
  if (i < 0 || j <= i) return null;
  return [i, j];
}

// sentenceKey names one sentence of one document.
export function sentenceKey(ev) {
  return (ev.document?.id ?? '') + '#' + ev.sentence;
}

const wordChar = /[\p{L}\p{N}]/u;

// fold lowercases without changing the string's length, so indexes in the
// folded string are indexes in the original.
function fold(s) {
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : s;
}

// markTerms splits text into segments, marking every whole-word occurrence
// of the terms. terms is a list of {text, kind}; earlier terms win where
// matches overlap, longer ones first within the same kind. exact, when
// given, is a [start, end) range of UTF-16 indexes marked 'mention' first.
export function markTerms(text, terms, exact = null) {
  const hay = fold(text);
  const taken = new Array(text.length).fill(null);
  if (exact) for (let k = exact[0]; k < exact[1] && k < text.length; k++) taken[k] = 'mention';
  const seen = new Set();
  terms.forEach((t, rank) => (t.rank = rank));
  const ordered = terms
    .filter((t) => t.text && t.text.trim().length >= 2)
    .sort((a, b) => (a.rank === b.rank ? b.text.length - a.text.length : a.rank - b.rank));
  for (const term of ordered) {
    const needle = fold(term.text.trim());
    if (seen.has(needle)) continue;
    seen.add(needle);
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      const j = i + needle.length;
      if (i > 0 && wordChar.test(text[i - 1]) && wordChar.test(needle[0])) continue;
      if (j < text.length && wordChar.test(text[j]) && wordChar.test(needle[needle.length - 1])) continue;
      let free = true;
      for (let k = i; k < j; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = i; k < j; k++) taken[k] = term.kind;
    }
  }
  const out = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && taken[j] === taken[i]) j++;
    out.push({ text: text.slice(i, j), kind: taken[i] });
    i = j;
  }
  return out;
}
