// Run with: npm test (node's own test runner, no extra packages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteToIndex, markTerms, sentenceStart, spanCoversSentence, spanIn, utf8Length } from './highlight.js';

const marked = (parts) => parts.filter((p) => p.kind).map((p) => `${p.kind}:${p.text}`);

test('utf8Length counts bytes, not UTF-16 units', () => {
  assert.equal(utf8Length('abc'), 3);
  assert.equal(utf8Length('“é”'), 8);
  assert.equal(utf8Length('😀'), 4);
});

test('byteToIndex maps byte offsets past multi-byte characters', () => {
  const s = '“I’ll go,” said 😀 Ada.';
  assert.equal(byteToIndex(s, 0), 0);
  assert.equal(byteToIndex(s, 3), 1); // after “
  assert.equal(byteToIndex(s, 1), -1); // inside “
  const ada = s.indexOf('Ada');
  assert.equal(byteToIndex(s, utf8Length(s.slice(0, ada))), ada);
  assert.equal(byteToIndex(s, utf8Length(s)), s.length);
  assert.equal(byteToIndex(s, utf8Length(s) + 1), -1);
});

test('a mention that occurs once places its sentence, and other spans follow', () => {
  const text = '“Summit” talks: Ada Marten met Bo in Velm.';
  const at = 1000; // the sentence's byte offset in its document
  const bytes = (sub) => at + utf8Length(text.slice(0, text.indexOf(sub)));
  const mention = { text, start: bytes('Ada Marten'), end: bytes('Ada Marten') + utf8Length('Ada Marten') };
  assert.equal(sentenceStart(mention, 'Ada Marten'), at);
  const velm = { text, start: bytes('Velm'), end: bytes('Velm') + 4 };
  const [i, j] = spanIn(velm, at);
  assert.equal(text.slice(i, j), 'Velm');
  // A surface that occurs twice cannot place the sentence.
  assert.equal(sentenceStart({ text: 'Bo and Bo', start: 5, end: 7 }, 'Bo'), null);
});

test('spanCoversSentence tells a sentence span from a mention span', () => {
  const text = 'Ada’s visit.';
  assert.equal(spanCoversSentence({ text, start: 10, end: 10 + utf8Length(text) }), true);
  assert.equal(spanCoversSentence({ text, start: 10, end: 13 }), false);
});

test('markTerms marks whole words, case-insensitively, earlier terms first', () => {
  const parts = markTerms('Takaichi’s talks with TRUMP, not Trumpet.', [
    { text: 'takaichi', kind: 'name' },
    { text: 'Trump', kind: 'other' },
  ]);
  assert.deepEqual(marked(parts), ['name:Takaichi', 'other:TRUMP']);
  assert.equal(parts.map((p) => p.text).join(''), 'Takaichi’s talks with TRUMP, not Trumpet.');
});

test('markTerms puts the exact span first', () => {
  const parts = markTerms('Bo met Bo.', [{ text: 'Bo', kind: 'name' }], [7, 9]);
  assert.deepEqual(marked(parts), ['name:Bo', 'mention:Bo']);
});
