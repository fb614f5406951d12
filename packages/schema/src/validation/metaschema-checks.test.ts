import { expect } from '@open-wc/testing';
import { unsupportedKeywords, validateAgainstMetaschema } from './index.js';
import { applicationSchema, where } from '../test-support/validator-fixtures.js';

describe('validateAgainstMetaschema', () => {
  it('accepts a well-formed schema', () => {
    expect(validateAgainstMetaschema(applicationSchema)).to.deep.equal([]);
    expect(validateAgainstMetaschema(true)).to.deep.equal([]);
  });

  it('names the JSON pointer of each malformed keyword', () => {
    const errors = validateAgainstMetaschema({
      type: 'object',
      properties: { a: { type: 12 }, b: { minLength: -1 }, c: { pattern: '[' } },
      items: { $defs: { x: { type: 'strin' } } },
    });
    expect(where(errors)).to.have.members([
      '/properties/a/type anyOf',
      '/properties/b/minLength minimum',
      '/properties/c/pattern format',
      '/items/$defs/x/type anyOf',
    ]);
    expect(errors.find((error) => error.keyword === 'format')?.params).to.deep.equal({ format: 'regex' });
  });

  it('rejects patterns that only work without the u flag', () => {
    expect(where(validateAgainstMetaschema({ pattern: '\\-' }))).to.deep.equal(['/pattern format']);
    const errors = validateAgainstMetaschema({ patternProperties: { '^a\\-b$': {} } });
    expect(where(errors)).to.deep.equal(['/patternProperties/^a\\-b$ propertyNames']);
    expect(errors[0]?.params?.['errors']).to.deep.equal([
      {
        instancePointer: '/patternProperties/^a\\-b$',
        keyword: 'format',
        schemaPointer: errors[0]?.schemaPointer + '/format',
        params: { format: 'regex' },
      },
    ]);
  });

  it('reports a $ref that resolves to nothing', () => {
    expect(validateAgainstMetaschema({ properties: { a: { $ref: '#/$defs/missing' } } })).to.deep.equal([
      { instancePointer: '/properties/a/$ref', keyword: '$ref', schemaPointer: '', params: { ref: '#/$defs/missing' } },
    ]);
    expect(validateAgainstMetaschema({ $ref: 'https://example.com/remote.json' })).to.have.length(1);
  });

  it('reports two subschemas claiming the same URI', () => {
    const errors = validateAgainstMetaschema({ $defs: { a: { $id: 'same.json' }, b: { $id: 'same.json' } } });
    expect(where(errors)).to.deep.equal([' $id']);
  });

  it('rejects what is not a schema at all', () => {
    expect(where(validateAgainstMetaschema('text'))).to.deep.equal([' type']);
    expect(where(validateAgainstMetaschema(undefined))).to.deep.equal([' type']);
    expect(where(validateAgainstMetaschema({ properties: { a: () => 1 } }))).to.deep.equal([' type']);
  });

  it('accepts a property named like a keyword', () => {
    expect(
      validateAgainstMetaschema({ properties: { format: { format: 'vn-phone' }, $ref: { type: 'string' } } }),
    ).to.deep.equal([]);
  });
});

describe('unsupportedKeywords', () => {
  it('lists $dynamicRef keywords, not properties named $dynamicRef', () => {
    expect(
      unsupportedKeywords({ $defs: { a: { $dynamicRef: '#node' } }, properties: { $dynamicRef: {} } }),
    ).to.deep.equal([
      { instancePointer: '/$defs/a/$dynamicRef', keyword: '$dynamicRef', schemaPointer: '', params: { ref: '#node' } },
    ]);
    expect(unsupportedKeywords(applicationSchema)).to.deep.equal([]);
  });
});
