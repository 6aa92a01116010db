import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from './dates.js';

test('formatDate names days, spans, months, years and decades', () => {
  assert.equal(formatDate('2025-10-28'), '28 Oct 2025');
  assert.equal(formatDate('2025-10-28', '2025-10-28'), '28 Oct 2025');
  assert.equal(formatDate('2025-10-27', '2025-10-29'), '27–29 Oct 2025');
  assert.equal(formatDate('2025-10-01', '2025-10-31'), 'Oct 2025');
  assert.equal(formatDate('2024-02-01', '2024-02-29'), 'Feb 2024');
  assert.equal(formatDate('2019-01-01', '2019-12-31'), '2019');
  assert.equal(formatDate('1970-01-01', '1979-12-31'), '1970s');
  assert.equal(formatDate('2018-01-01', '2019-12-31'), '2018–2019');
  assert.equal(formatDate('2025-10-28', '2025-11-02'), '28 Oct 2025 – 2 Nov 2025');
  assert.equal(formatDate('2025-10'), 'Oct 2025');
  assert.equal(formatDate(null), '');
});
