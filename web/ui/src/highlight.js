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

const wordChar = /[\p{L}\p{N}]/u;

// fold lowercases without changing the string's length, so indexes in the
// folded string are indexes in the original.
function fold(s) {
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : s;
}

// markTerms splits text into segments, marking every whole-word occurrence
// of the terms. terms is a list of {text, kind}; earlier terms win where
// matches overlap, longer ones first within the same kind.
export function markTerms(text, terms) {
  const hay = fold(text);
  const taken = new Array(text.length).fill(null);
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
