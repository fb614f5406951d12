import { expect } from '@open-wc/testing';
import { createSchemaValidator, metaschemaId } from './index.js';
import { standsAlone } from './schema-validator.js';
import { applicationSchema, where } from '../test-support/validator-fixtures.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('createSchemaValidator', () => {
  it('returns no errors for a conforming instance', () => {
    const validator = createSchemaValidator(applicationSchema);
    expect(validator.validate({ fullName: 'Nguyễn Văn An', phone: '0912345678', 'Nơi sinh': 'Huế' })).to.deep.equal([]);
  });

  it('keeps only the leaf errors, each with the params a message needs', () => {
    const validator = createSchemaValidator(applicationSchema);
    const errors = validator.validate({
      fullName: 'A',
      phone: '123',
      email: 'not-an-email',
      kind: 'other',
      age: 12.5,
      tags: ['x', 'x', 'y'],
      address: { province: 'abcd' },
      amount: 2,
      list: [1, 2, 3],
      codes: { Abc: 1, ok: 2 },
      forbidden: 1,
      extra: true,
      spouse: 'Trần Thị Bình',
    });
    expect(errors).to.deep.equal([
      {
        instancePointer: '/Nơi sinh',
        keyword: 'required',
        schemaPointer: '/required',
        params: { missingProperty: 'Nơi sinh' },
      },
      {
        instancePointer: '/spouseId',
        keyword: 'dependentRequired',
        schemaPointer: '/dependentRequired',
        params: { missingProperty: 'spouseId', property: 'spouse' },
      },
      {
        instancePointer: '/spousePhone',
        keyword: 'dependentRequired',
        schemaPointer: '/dependentRequired',
        params: { missingProperty: 'spousePhone', property: 'spouse' },
      },
      {
        instancePointer: '/fullName',
        keyword: 'minLength',
        schemaPointer: '/properties/fullName/minLength',
        params: { limit: 2 },
      },
      {
        instancePointer: '/phone',
        keyword: 'pattern',
        schemaPointer: '/properties/phone/pattern',
        params: { pattern: '^0\\d{9}$' },
      },
      {
        instancePointer: '/email',
        keyword: 'format',
        schemaPointer: '/properties/email/format',
        params: { format: 'email' },
      },
      {
        instancePointer: '/kind',
        keyword: 'enum',
        schemaPointer: '/properties/kind/enum',
        params: { enum: ['new', 'renew'] },
      },
      { instancePointer: '/age', keyword: 'type', schemaPointer: '/properties/age/type', params: { type: 'integer' } },
      { instancePointer: '/age', keyword: 'minimum', schemaPointer: '/properties/age/minimum', params: { limit: 18 } },
      {
        instancePointer: '/tags',
        keyword: 'maxItems',
        schemaPointer: '/properties/tags/maxItems',
        params: { limit: 2 },
      },
      {
        instancePointer: '/tags',
        keyword: 'uniqueItems',
        schemaPointer: '/properties/tags/uniqueItems',
        params: { duplicates: [0, 1] },
      },
      {
        instancePointer: '/address/province',
        keyword: 'maxLength',
        schemaPointer: '/properties/address/$ref/properties/province/maxLength',
        params: { limit: 3 },
      },
      {
        instancePointer: '/amount',
        keyword: 'oneOf',
        schemaPointer: '/properties/amount/oneOf',
        params: {
          matches: 0,
          branches: [
            [
              {
                instancePointer: '/amount',
                keyword: 'type',
                schemaPointer: '/properties/amount/oneOf/0/type',
                params: { type: 'string' },
              },
            ],
            [
              {
                instancePointer: '/amount',
                keyword: 'minimum',
                schemaPointer: '/properties/amount/oneOf/1/minimum',
                params: { limit: 5 },
              },
            ],
          ],
        },
      },
      {
        instancePointer: '/list',
        keyword: 'minContains',
        schemaPointer: '/properties/list/minContains',
        params: { limit: 2 },
      },
      {
        instancePointer: '/codes/Abc',
        keyword: 'propertyNames',
        schemaPointer: '/properties/codes/propertyNames',
        params: {
          property: 'Abc',
          errors: [
            {
              instancePointer: '/codes/Abc',
              keyword: 'pattern',
              schemaPointer: '/properties/codes/propertyNames/pattern',
              params: { pattern: '^[a-z]+$' },
            },
          ],
        },
      },
      { instancePointer: '/forbidden', keyword: 'false', schemaPointer: '/properties/forbidden' },
      {
        instancePointer: '/extra',
        keyword: 'additionalProperties',
        schemaPointer: '/additionalProperties',
        params: { property: 'extra' },
      },
    ]);
  });

  it('points required errors at the missing property, escaping the pointer', () => {
    const validator = createSchemaValidator({ properties: { x: { type: 'object', required: ['a/b', '~t', 'ok'] } } });
    expect(validator.validate({ x: { ok: 1 } })).to.deep.equal([
      {
        instancePointer: '/x/a~1b',
        keyword: 'required',
        schemaPointer: '/properties/x/required',
        params: { missingProperty: 'a/b' },
      },
      {
        instancePointer: '/x/~0t',
        keyword: 'required',
        schemaPointer: '/properties/x/required',
        params: { missingProperty: '~t' },
      },
    ]);
  });

  it('reports an error reached through several subschemas once', () => {
    const validator = createSchemaValidator({
      allOf: [{ required: ['a'] }, { required: ['a'], properties: { b: { type: 'string' } } }],
      properties: { b: { type: 'string' } },
    });
    expect(validator.validate({ b: 1 })).to.deep.equal([
      {
        instancePointer: '/a',
        keyword: 'required',
        schemaPointer: '/allOf/0/required',
        params: { missingProperty: 'a' },
      },
      {
        instancePointer: '/b',
        keyword: 'type',
        schemaPointer: '/allOf/1/properties/b/type',
        params: { type: 'string' },
      },
    ]);
  });

  it('names false subschemas after the keyword that holds them', () => {
    expect(createSchemaValidator({ prefixItems: [{}], items: false }).validate([1, 2])).to.deep.equal([
      { instancePointer: '/1', keyword: 'items', schemaPointer: '/items', params: { index: 1 } },
    ]);
    expect(
      createSchemaValidator({ properties: { a: {} }, unevaluatedProperties: false }).validate({ a: 1, b: 2 }),
    ).to.deep.equal([
      {
        instancePointer: '/b',
        keyword: 'unevaluatedProperties',
        schemaPointer: '/unevaluatedProperties',
        params: { property: 'b' },
      },
    ]);
    expect(createSchemaValidator(false).validate(1)).to.deep.equal([
      { instancePointer: '', keyword: 'false', schemaPointer: '' },
    ]);
  });

  it('reports every branch of a failed anyOf, and how many oneOf branches matched', () => {
    expect(createSchemaValidator({ anyOf: [{ required: ['a'] }, { required: ['b'] }] }).validate({})).to.deep.equal([
      {
        instancePointer: '',
        keyword: 'anyOf',
        schemaPointer: '/anyOf',
        params: {
          branches: [
            [
              {
                instancePointer: '/a',
                keyword: 'required',
                schemaPointer: '/anyOf/0/required',
                params: { missingProperty: 'a' },
              },
            ],
            [
              {
                instancePointer: '/b',
                keyword: 'required',
                schemaPointer: '/anyOf/1/required',
                params: { missingProperty: 'b' },
              },
            ],
          ],
        },
      },
    ]);
    expect(createSchemaValidator({ oneOf: [{ type: 'number' }, { minimum: 0 }] }).validate(5)).to.deep.equal([
      { instancePointer: '', keyword: 'oneOf', schemaPointer: '/oneOf', params: { branches: [[], []], matches: 2 } },
    ]);
  });

  it('reports the errors of then/else and dependentSchemas where they apply', () => {
    const validator = createSchemaValidator({
      if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
      then: { required: ['taxCode'] },
      else: { required: ['personalId'] },
      dependentSchemas: { married: { required: ['spouseName'] } },
    });
    expect(where(validator.validate({ kind: 'company' }))).to.deep.equal(['/taxCode required']);
    expect(where(validator.validate({ kind: 'person', married: true }))).to.deep.equal([
      '/personalId required',
      '/spouseName required',
    ]);
  });

  it('makes format an annotation only with assertFormats: false, where format is a keyword', () => {
    const schema = {
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email' },
        // A property NAMED "format", and data that happens to have a "format" key.
        format: { type: 'string', minLength: 3 },
        spec: { const: { format: 'email' } },
      },
    };
    const annotating = createSchemaValidator(schema, { assertFormats: false });
    expect(annotating.validate({ email: 'not-an-email' })).to.deep.equal([]);
    expect(where(annotating.validate({ format: 'ab' }))).to.deep.equal(['/format minLength']);
    expect(annotating.validate({ spec: { format: 'email' } })).to.deep.equal([]);
    expect(where(annotating.validate({ spec: {} }))).to.deep.equal(['/spec const']);
    const asserting = createSchemaValidator(schema);
    expect(where(asserting.validate({ email: 'not-an-email' }))).to.deep.equal(['/email format']);
  });

  it('never modifies the schema it is given', () => {
    const schema = deepFreeze(structuredClone(applicationSchema));
    const before = JSON.stringify(schema);
    const validator = createSchemaValidator(schema);
    validator.validate({ fullName: 'A' });
    expect(JSON.stringify(schema)).to.equal(before);
    expect(Object.getOwnPropertyNames(schema)).not.to.include('__absolute_uri__');
    expect(Object.getOwnPropertyNames(schema.properties.address)).not.to.include('__absolute_ref__');
  });

  it('treats undefined members as absent, like the JSON the data becomes', () => {
    const validator = createSchemaValidator({
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string' }, b: { type: 'string' } },
    });
    expect(where(validator.validate({ a: undefined, b: undefined }))).to.deep.equal(['/a required']);
    expect(validator.validate({ a: 'x', b: undefined })).to.deep.equal([]);
  });

  it('keeps a property named __proto__ a property', () => {
    const validator = createSchemaValidator({ properties: { ['__proto__']: { type: 'number' } } });
    expect(where(validator.validate(JSON.parse('{"__proto__": "text"}')))).to.deep.equal(['/__proto__ type']);
    expect(validator.validate(JSON.parse('{"__proto__": 12}'))).to.deep.equal([]);
  });

  it('resolves $ref to the draft 2020-12 metaschema without any request', () => {
    const validator = createSchemaValidator({ $ref: metaschemaId });
    expect(validator.validate({ type: 'string', minLength: 2 })).to.deep.equal([]);
    expect(where(validator.validate({ properties: { a: { type: 12 } } }))).to.deep.equal(['/properties/a/type anyOf']);
  });

  it('resolves an $anchor inside its own resource, not one of an embedded resource', () => {
    const validator = createSchemaValidator({
      $id: 'https://example.com/dvc/base.json',
      $ref: '#bigint',
      $defs: {
        bigint: { $anchor: 'bigint', maximum: 10 },
        smallint: { $id: 'https://example.com/dvc/other/', $anchor: 'bigint', maximum: 2 },
      },
    });
    expect(validator.validate(5)).to.deep.equal([]);
    expect(where(validator.validate(50))).to.deep.equal([' maximum']);
  });

  it('validates one subschema on its own, for incremental validation', () => {
    const validator = createSchemaValidator(applicationSchema);
    expect(validator.validateAt('/properties/address', {}, '/address')).to.deep.equal([
      {
        instancePointer: '/address/province',
        keyword: 'required',
        schemaPointer: '/properties/address/$ref/required',
        params: { missingProperty: 'province' },
      },
    ]);
    expect(validator.validateAt('/properties/fullName', 'A', '/fullName')).to.deep.equal([
      {
        instancePointer: '/fullName',
        keyword: 'minLength',
        schemaPointer: '/properties/fullName/minLength',
        params: { limit: 2 },
      },
    ]);
    expect(validator.isValid('An', '/properties/fullName')).to.equal(true);
    expect(validator.isValid('A', '/properties/fullName')).to.equal(false);
    expect(validator.isValid({ fullName: 'An' })).to.equal(false);
    expect(() => validator.validateAt('/properties/nothing', 'x')).to.throw(RangeError);
  });
});

describe('standsAlone', () => {
  it('says whether a subschema gives the same errors apart from its document', () => {
    expect(standsAlone({ type: 'string', minLength: 2, pattern: '^[0-9]+$' })).to.equal(true);
    expect(standsAlone({ properties: { id: { type: 'string' }, $ref: { type: 'string' } } })).to.equal(true);
    expect(standsAlone(false)).to.equal(true);
    expect(standsAlone({ $ref: '#/$defs/phone' })).to.equal(false);
    expect(standsAlone({ allOf: [{ type: 'string' }, { $dynamicRef: '#node' }] })).to.equal(false);
    expect(standsAlone({ properties: { a: { $id: 'https://example.vn/a' } } })).to.equal(false);
    expect(standsAlone({ $defs: { a: { $anchor: 'a' } } })).to.equal(false);
  });
});
