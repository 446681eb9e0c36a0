// The broken-document corpus: each mutation of a valid plan must be rejected with a message at the right path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan } from '../../src/schema/validate.js';
import { toPointer } from '../../src/schema/issues.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { BROKEN_CASES as CASES } from '../fixtures/broken-cases.js';

test('the valid base document validates', () => {
  const r = validatePlan(minimalPlan());
  assert.deepEqual(r.ok ? [] : r.issues, []);
});

test(`broken-document corpus has at least 20 cases (${CASES.length})`, () => {
  assert.ok(CASES.length >= 20);
});

for (const c of CASES) {
  test(`rejects: ${c.name}`, () => {
    const r = validatePlan(c.mutate(minimalPlan()));
    assert.equal(r.ok, false, 'document should be rejected');
    if (r.ok) return;
    const at = r.issues.filter((i) => toPointer(i.path) === c.path);
    assert.ok(
      at.length > 0,
      `no issue at ${c.path}; got ${r.issues.map((i) => `${toPointer(i.path)}: ${i.message}`).join(' | ')}`,
    );
    assert.ok(
      at.some((i) => c.message.test(i.message)),
      `issue at ${c.path} says "${at.map((i) => i.message).join('; ')}", expected ${c.message}`,
    );
  });
}
