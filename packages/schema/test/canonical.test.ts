/** RFC 8785 (JSON Canonicalization Scheme) and the signed content of a submission. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, signedBytes, signedContent } from '@dvc/schema/canonical.js';

describe('canonicalJson (RFC 8785)', () => {
  it('serializes the RFC 8785 section 3.2.2 example exactly', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    ) as unknown;
    assert.equal(
      canonicalJson(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('orders keys by UTF-16 code units (RFC 8785 section 3.2.3), not by code points', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // The emoji (U+1F600, surrogates D83D DE00) sorts before U+FB33 by code units, after it by code points.
    assert.equal(
      canonicalJson(input),
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis",' +
        '"€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes numbers in the ECMAScript shortest form (RFC 8785 appendix B)', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [1e21, '1e+21'],
      [1e20, '100000000000000000000'],
      [1e-7, '1e-7'],
      [0.000001, '0.000001'],
      [5e-324, '5e-324'],
      [-1.7976931348623157e308, '-1.7976931348623157e+308'],
      [Number('9007199254740993'), '9007199254740992'],
      [295147905179352830000, '295147905179352830000'],
      [0.1 + 0.2, '0.30000000000000004'],
      [4.5, '4.5'],
    ];
    for (const [number, text] of cases) assert.equal(canonicalJson(number), text, String(number));
  });

  it('keeps Vietnamese text as is (no escaping beyond JSON) and drops undefined members like JSON', () => {
    assert.equal(
      canonicalJson({ hoTen: 'Nguyễn Văn An', b: undefined, a: [undefined] }),
      '{"a":[null],"hoTen":"Nguyễn Văn An"}',
    );
  });

  it('refuses what JSON cannot carry, with a TypeError', () => {
    assert.throws(() => canonicalJson(Number.NaN), TypeError);
    assert.throws(() => canonicalJson({ a: Number.POSITIVE_INFINITY }), TypeError);
    assert.throws(() => canonicalJson({ a: '\ud800' }), TypeError);
    assert.throws(() => canonicalJson(undefined), TypeError);
  });
});

describe('signedContent', () => {
  const value = { hoTen: 'Trần Thị Bình', soLuong: 2 };
  it('takes procedureId, value and documents only, documents left out when empty', () => {
    const payload = {
      procedureId: 'cap-phieu-ly-lich-tu-phap',
      value,
      documents: [],
      prefillToken: 'token',
      provenance: {},
    };
    assert.deepEqual(signedContent(payload), { procedureId: 'cap-phieu-ly-lich-tu-phap', value });
    const document = { documentId: 'anh', source: 'upload', reference: 'UPL-1' };
    assert.deepEqual(signedContent({ ...payload, documents: [document] }), {
      procedureId: 'cap-phieu-ly-lich-tu-phap',
      value,
      documents: [document],
    });
  });

  it('gives the same bytes for the same data in any key order, and different bytes for one changed character', () => {
    const a = signedBytes(signedContent({ procedureId: 'p', value: { b: 1, a: 'x' } }));
    const b = signedBytes(signedContent({ value: { a: 'x', b: 1 }, procedureId: 'p' }));
    assert.deepEqual(a, b);
    assert.equal(new TextDecoder().decode(a), '{"procedureId":"p","value":{"a":"x","b":1}}');
    assert.notDeepEqual(signedBytes(signedContent({ procedureId: 'p', value: { a: 'y', b: 1 } })), a);
  });
});
