// Tests of the differential runner's comparison: it must fail on every kind of difference it claims to check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCase } from './differential.mjs';

const err = (message, extra = {}) => ({ message, locations: [{ line: 1, column: 3 }], ...extra });

test('identical answers pass and report matching messages', () => {
  const a = { id: 'x', errors: [err('boom', { path: ['a'] })], data: { a: null } };
  const { problems, messages } = compareCase(a, structuredClone(a));
  assert.deepEqual(problems, []);
  assert.deepEqual(messages, [{ expected: 'boom', actual: 'boom' }]);
});

test('data key order matters', () => {
  const { problems } = compareCase({ id: 'x', data: { a: 1, b: 2 } }, { id: 'x', data: { b: 2, a: 1 } });
  assert.equal(problems.length, 1);
});

test('a different message alone is reported, not failed', () => {
  const { problems, messages } = compareCase({ id: 'x', errors: [err('one')] }, { id: 'x', errors: [err('two')] });
  assert.deepEqual(problems, []);
  assert.deepEqual(messages, [{ expected: 'one', actual: 'two' }]);
});

test('error count, locations and paths must match', () => {
  assert.equal(compareCase({ id: 'x', errors: [err('a'), err('b')] }, { id: 'x', errors: [err('a')] }).problems.length, 1);
  assert.equal(compareCase({ id: 'x', errors: [err('a')] }, { id: 'x', errors: [{ ...err('a'), locations: [{ line: 2, column: 1 }] }] }).problems.length, 1);
  assert.equal(compareCase({ id: 'x', errors: [err('a', { path: ['a', 0] })] }, { id: 'x', errors: [err('a', { path: ['a', 1] })] }).problems.length, 1);
});

test('data present versus absent fails', () => {
  assert.equal(compareCase({ id: 'x', errors: [err('a')] }, { id: 'x', errors: [err('a')], data: null }).problems.length, 1);
});

test('valid, printed text, schema errors, events and crashes are compared', () => {
  assert.equal(compareCase({ id: 'x', valid: true }, { id: 'x', errors: [err('a')] }).problems.length, 2);
  assert.equal(compareCase({ id: 'x', printed: '{\n  a\n}' }, { id: 'x', printed: '{ a }' }).problems.length, 1);
  assert.equal(compareCase({ id: 'x', schemaErrors: ['a'] }, { id: 'x', schemaErrors: ['a', 'b'] }).problems.length, 1);
  assert.equal(compareCase({ id: 'x', events: [{ data: { t: 1 } }] }, { id: 'x', events: [{ data: { t: 2 } }] }).problems.length, 1);
  assert.equal(compareCase({ id: 'x', events: [{ data: { t: 1 } }] }, { id: 'x', events: [] }).problems.length, 1);
  assert.ok(compareCase({ id: 'x', data: {} }, { id: 'x', crash: 'NullReferenceException' }).problems.length >= 1);
  assert.deepEqual(compareCase({ id: 'x', data: {} }, undefined).problems, ['no answer from fed']);
});
