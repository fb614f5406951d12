import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verifyPrefill } from '../src/verify-prefill.js';
import { demoCitizens } from '../src/fixtures/index.js';

const citizen = demoCitizens.find((entry) => entry.id === 'no-middle-name')!.citizen;
const locked = (from: string) => ({ type: 'string', 'x-prefill': { from, policy: 'locked' } });
const tampered = 'Nguyễn Văn Giả';

/** One locked `fullName` in each place a field can hide: conditional branches, choices, dependent schemas, array items. */
const cases: {
  name: string;
  schema: object;
  valid: Record<string, unknown>;
  tamper: (value: Record<string, unknown>) => void;
  pointer: string;
}[] = [
  {
    name: 'then',
    schema: {
      type: 'object',
      properties: { self: { type: 'boolean' } },
      if: { properties: { self: { const: true } }, required: ['self'] },
      then: { properties: { fullName: locked('fullName') } },
    },
    valid: { self: true, fullName: citizen.fullName },
    tamper: (value) => (value['fullName'] = tampered),
    pointer: '/fullName',
  },
  {
    name: 'else',
    schema: {
      type: 'object',
      properties: { proxy: { type: 'boolean' } },
      if: { properties: { proxy: { const: true } }, required: ['proxy'] },
      then: { properties: { principal: { type: 'string' } } },
      else: { properties: { fullName: locked('fullName') } },
    },
    valid: { proxy: false, fullName: citizen.fullName },
    tamper: (value) => (value['fullName'] = tampered),
    pointer: '/fullName',
  },
  {
    name: 'a oneOf branch (through $ref)',
    schema: {
      type: 'object',
      $defs: {
        self: {
          type: 'object',
          properties: { kind: { const: 'self' }, fullName: locked('fullName') },
          required: ['kind'],
        },
        other: {
          type: 'object',
          properties: { kind: { const: 'other' }, otherName: { type: 'string' } },
          required: ['kind'],
        },
      },
      properties: { applicant: { oneOf: [{ $ref: '#/$defs/self' }, { $ref: '#/$defs/other' }] } },
    },
    valid: { applicant: { kind: 'self', fullName: citizen.fullName } },
    tamper: (value) => ((value['applicant'] as Record<string, unknown>)['fullName'] = tampered),
    pointer: '/applicant/fullName',
  },
  {
    name: 'dependentSchemas',
    schema: {
      type: 'object',
      properties: { hasGuardian: { type: 'string' } },
      dependentSchemas: { hasGuardian: { properties: { fullName: locked('fullName') } } },
    },
    valid: { hasGuardian: 'yes', fullName: citizen.fullName },
    tamper: (value) => (value['fullName'] = tampered),
    pointer: '/fullName',
  },
  {
    name: 'draft-07 dependencies',
    schema: {
      type: 'object',
      properties: { hasGuardian: { type: 'string' } },
      dependencies: { hasGuardian: { properties: { fullName: locked('fullName') } } },
    },
    valid: { hasGuardian: 'yes', fullName: citizen.fullName },
    tamper: (value) => (value['fullName'] = tampered),
    pointer: '/fullName',
  },
  {
    name: 'an array item (items)',
    schema: {
      type: 'object',
      properties: {
        signers: { type: 'array', items: { type: 'object', properties: { fullName: locked('fullName') } } },
      },
    },
    valid: { signers: [{ fullName: citizen.fullName }, { fullName: citizen.fullName }] },
    tamper: (value) => ((value['signers'] as Record<string, unknown>[])[1]!['fullName'] = tampered),
    pointer: '/signers/1/fullName',
  },
  {
    name: 'an array item (prefixItems)',
    schema: {
      type: 'object',
      properties: {
        household: {
          type: 'array',
          prefixItems: [{ type: 'object', properties: { fullName: locked('fullName') } }],
          items: { type: 'object', properties: { fullName: { type: 'string' } } },
        },
      },
    },
    valid: { household: [{ fullName: citizen.fullName }, { fullName: 'Phạm Thị Lan' }] },
    tamper: (value) => ((value['household'] as Record<string, unknown>[])[0]!['fullName'] = tampered),
    pointer: '/household/0/fullName',
  },
];

describe('verifyPrefill: locked fields in every kind of branch', () => {
  for (const { name, schema, valid, tamper, pointer } of cases) {
    it(`catches a tampered locked value under ${name}`, () => {
      assert.deepEqual(verifyPrefill({ value: structuredClone(valid) }, citizen, { schema }), {
        ok: true,
        mismatches: [],
      });
      const value = structuredClone(valid);
      tamper(value);
      const result = verifyPrefill({ value }, citizen, { schema });
      assert.equal(result.ok, false);
      assert.deepEqual(
        result.mismatches.map((mismatch) => [mismatch.pointer, mismatch.actual]),
        [[pointer, tampered]],
      );
    });
  }

  it('lets the branch the data took define the same field as free (applying for someone else)', () => {
    const schema = {
      type: 'object',
      oneOf: [
        { properties: { for: { const: 'self' }, fullName: locked('fullName') }, required: ['for'] },
        { properties: { for: { const: 'other' }, fullName: { type: 'string' } }, required: ['for'] },
      ],
    };
    assert.deepEqual(verifyPrefill({ value: { for: 'other', fullName: 'Lê Thị Cúc' } }, citizen, { schema }), {
      ok: true,
      mismatches: [],
    });
    assert.equal(verifyPrefill({ value: { for: 'self', fullName: 'Lê Thị Cúc' } }, citizen, { schema }).ok, false);
  });

  it('does not ask for a locked field of a branch the data did not take, unless a value was sent there', () => {
    const schema = cases[0]!.schema;
    assert.equal(verifyPrefill({ value: { self: false } }, citizen, { schema }).ok, true);
    assert.equal(verifyPrefill({ value: { self: false, fullName: tampered } }, citizen, { schema }).ok, false);
  });
});
