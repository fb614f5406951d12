/** JSON pointers (RFC 6901): escaping and parsing, with and without the two characters that need it. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { childPointer, escapePointerToken, getAt, joinPointer, parsePointer } from '@dvc/schema';

describe('JSON pointers', () => {
  it('escapes "~" as "~0" and "/" as "~1", and leaves other names as they are', () => {
    assert.equal(escapePointerToken('hoTen'), 'hoTen');
    assert.equal(escapePointerToken(3), '3');
    assert.equal(escapePointerToken('a/b'), 'a~1b');
    assert.equal(escapePointerToken('m~n'), 'm~0n');
    // "~1" in a name is a tilde then a one, not an escaped slash.
    assert.equal(escapePointerToken('~1/'), '~01~1');
    assert.equal(joinPointer('/diaChi', 'số/nhà'), '/diaChi/số~1nhà');
  });

  it('parses what it escapes back into the same names (RFC 6901 examples)', () => {
    for (const names of [['foo', '0'], ['a/b'], ['m~n'], ['~1/', 'x'], ['', ' ']])
      assert.deepEqual(parsePointer(childPointer('', ...names)), names);
    assert.deepEqual(parsePointer('/a~1b/m~0n/~01'), ['a/b', 'm~n', '~1']);
    assert.deepEqual(parsePointer(''), []);
    assert.throws(() => parsePointer('a/b'), SyntaxError);
  });

  it('reads the value at a pointer through escaped names', () => {
    const data = { 'a/b': { 'm~n': [10, 20] }, plain: 'x' };
    assert.equal(getAt(data, '/a~1b/m~0n/1'), 20);
    assert.equal(getAt(data, '/plain'), 'x');
    assert.equal(getAt(data, '/a/b'), undefined);
  });
});
