import { expect } from '@open-wc/testing';
import { FormValidation } from './form-validation.js';
import { loadValidator } from './validator-loader.js';

// A field whose subschema stands alone is validated without preparing the whole document (ADR 0021):
// the errors and condition results must be those of the prepared document.
const schema = {
  type: 'object',
  $defs: { phone: { type: 'string', pattern: '^0[0-9]{9}$' } },
  properties: {
    fullName: { type: 'string', minLength: 2, maxLength: 5 },
    age: { type: 'integer', minimum: 18 },
    phone: { $ref: '#/$defs/phone' },
    kind: { enum: ['a', 'b'] },
  },
  if: { properties: { kind: { const: 'a' } } },
  then: { required: ['phone'] },
};

const cases: [string, unknown, string][] = [
  ['/properties/fullName', 'A', '/fullName'],
  ['/properties/fullName', 'Nguyễn Văn An', '/fullName'],
  ['/properties/fullName', 'An', '/fullName'],
  ['/properties/age', 12, '/age'],
  ['/properties/age', 'x', '/age'],
  ['/properties/phone', '123', '/phone'],
  ['/properties/kind', 'c', '/kind'],
];

describe('FormValidation: subschemas on their own', () => {
  // Under `@dvc/form/define.js` the validator is a chunk of its own (ADR 0017, fourth amendment).
  before(() => loadValidator());

  it('gives the errors of the prepared document, field by field', () => {
    const lazy = new FormValidation(schema);
    const prepared = new FormValidation(schema);
    prepared.validate({});
    for (const [schemaPointer, value, pointer] of cases) {
      const expected = prepared.validateAt(schemaPointer, value, pointer);
      expect(lazy.validateAt(schemaPointer, value, pointer), `${schemaPointer} ${JSON.stringify(value)}`).to.deep.equal(
        expected,
      );
    }
    expect(prepared.validateAt('/properties/fullName', 'A', '/fullName')[0]?.keyword).to.equal('minLength');
    expect(prepared.validateAt('/properties/phone', '123', '/phone')[0]?.keyword).to.equal('pattern');
  });

  it('tests conditions as the prepared document does', () => {
    const lazy = new FormValidation(schema);
    const prepared = new FormValidation(schema);
    prepared.validate({});
    for (const value of [{ kind: 'a' }, { kind: 'b' }, {}])
      expect(lazy.test(value, '/if')).to.equal(prepared.test(value, '/if'));
    expect(lazy.test({ kind: 'a' }, '/if')).to.equal(true);
    expect(lazy.test({ kind: 'b' }, '/if')).to.equal(false);
  });

  it('validates the whole document after fields were validated alone', () => {
    const validation = new FormValidation(schema);
    expect(validation.validateAt('/properties/fullName', 'A', '/fullName')).to.have.length(1);
    const errors = validation.validate({ fullName: 'A', kind: 'a' });
    expect(errors.map((error) => `${error.pointer} ${error.keyword}`)).to.have.members([
      '/fullName minLength',
      '/phone required',
    ]);
    expect(validation.validateAt('/properties/fullName', 'An', '/fullName')).to.deep.equal([]);
  });

  it('never changes the schema it is given', () => {
    const given = structuredClone(schema);
    const validation = new FormValidation(given);
    validation.validateAt('/properties/fullName', 'A', '/fullName');
    validation.validate({});
    expect(given).to.deep.equal(schema);
  });
});
