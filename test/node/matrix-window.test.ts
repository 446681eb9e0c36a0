// The column window of a matrix with many plans: which columns are rendered for a scroll position, and
// how a row is laid out as rendered columns and gaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { columnSlots, columnWindow } from '../../src/model/matrix.js';

const base = { count: 98, viewportWidth: 1000, firstColumnWidth: 200, columnWidth: 160 };

test('at the start: the visible columns and the overscan, snapped to the chunk', () => {
  // 800 px of plan columns visible → columns 0–5 (the sixth partly); + 2 overscan → 8; snapped up to 8
  assert.deepEqual(columnWindow({ ...base, scrollX: 0 }), { start: 0, end: 8 });
});

test('scrolled: the window covers every visible column, and moves in chunks', () => {
  // x = 1600 → first visible column 10, last (1600 + 800) / 160 = 15 → with overscan 8 … 17 → snapped 8 … 20
  assert.deepEqual(columnWindow({ ...base, scrollX: 1600 }), { start: 8, end: 20 });
  // a short scroll keeps the window
  assert.deepEqual(columnWindow({ ...base, scrollX: 1650 }), { start: 8, end: 20 });
});

test('at the end the window stops at the last column; empty and tiny matrices', () => {
  assert.deepEqual(columnWindow({ ...base, scrollX: 98 * 160 }), { start: 96, end: 98 });
  assert.deepEqual(columnWindow({ ...base, count: 0, scrollX: 0 }), { start: 0, end: 0 });
  assert.deepEqual(columnWindow({ ...base, count: 1, scrollX: 5000 }), { start: 0, end: 1 });
});

test('property: every column that is at least partly visible is in the window; the window is never empty', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 0, max: 80000 }),
      fc.integer({ min: 100, max: 3000 }),
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 40, max: 400 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 1, max: 8 }),
      (count, scrollX, viewportWidth, firstColumnWidth, columnWidth, overscan, chunk) => {
        const w = columnWindow({ count, scrollX, viewportWidth, firstColumnWidth, columnWidth, overscan, chunk });
        assert.ok(w.start >= 0 && w.start < w.end && w.end <= count);
        for (let i = 0; i < count; i++) {
          const left = i * columnWidth;
          const right = left + columnWidth;
          const visible = right > scrollX && left < scrollX + Math.max(0, viewportWidth - firstColumnWidth);
          if (visible) assert.ok(i >= w.start && i < w.end, `column ${i} is visible but not in ${JSON.stringify(w)}`);
        }
      },
    ),
    { seed: 98, numRuns: 500 },
  );
});

test('slots: the window with gaps for the columns left out; an extra column (the tab stop) gets its own slot', () => {
  assert.deepEqual(columnSlots(10, { start: 0, end: 3 }), [
    { type: 'column', index: 0 },
    { type: 'column', index: 1 },
    { type: 'column', index: 2 },
    { type: 'gap', span: 7, before: 10 },
  ]);
  assert.deepEqual(columnSlots(10, { start: 4, end: 6 }, [9, 5, 42]), [
    { type: 'gap', span: 4, before: 4 },
    { type: 'column', index: 4 },
    { type: 'column', index: 5 },
    { type: 'gap', span: 3, before: 9 },
    { type: 'column', index: 9 },
  ]);
  // the slots always account for every column exactly once
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
      fc.array(fc.integer({ min: -2, max: 70 })),
      (count, a, b, extra) => {
        const slots = columnSlots(count, { start: Math.min(a, b), end: Math.max(a, b) }, extra);
        const covered = slots.reduce((n, s) => n + (s.type === 'gap' ? s.span : 1), 0);
        assert.equal(covered, count);
        assert.ok(
          slots.every((s, i) => !(s.type === 'gap' && slots[i + 1]?.type === 'gap')),
          'no two gaps side by side',
        );
      },
    ),
    { seed: 4, numRuns: 300 },
  );
});
