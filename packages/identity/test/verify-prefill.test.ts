import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectPrefillTargets,
  prefillSpecProblem,
  prefillValue,
  readPrefillSpec,
  type Provenance,
} from '../src/prefill.js';
import { verifyPrefill } from '../src/verify-prefill.js';
import { demoCitizens } from '../src/fixtures/index.js';
import type { Citizen } from '../src/citizen.js';

const citizenOf = (id: string): Citizen => demoCitizens.find((entry) => entry.id === id)!.citizen;
const phamHung = citizenOf('no-middle-name');

const addressSchema = {
  type: 'object',
  properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, detail: { type: 'string' } },
};

/** A residence-registration-like schema: locked identity, an editable phone, an address through $ref, a list of members. */
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  $defs: { address: addressSchema, person: { type: 'object', properties: { fullName: { type: 'string' } } } },
  properties: {
    applicant: {
      type: 'object',
      allOf: [
        {
          properties: {
            sex: {
              type: 'string',
              enum: ['nam', 'nu'],
              'x-prefill': { from: 'sex', policy: 'locked', map: { male: 'nam', female: 'nu' } },
            },
          },
        },
      ],
      properties: {
        fullName: { type: 'string', 'x-prefill': { from: 'fullName', policy: 'locked' } },
        personalId: { type: 'string', 'x-prefill': { from: 'personalId', policy: 'locked' } },
        birthDate: { type: 'string', format: 'date', 'x-prefill': { from: 'birthDate', policy: 'locked' } },
        phone: { type: 'string', 'x-prefill': { from: 'phone', policy: 'editable' } },
        permanentAddress: { $ref: '#/$defs/address', 'x-prefill': { from: 'permanentAddress', policy: 'locked' } },
        'father/mother': { type: 'string', 'x-prefill': { from: 'father.fullName', policy: 'locked' } },
      },
    },
    members: {
      type: 'array',
      items: {
        $ref: '#/$defs/person',
        properties: { fullName: { 'x-prefill': { from: 'fullName', policy: 'locked' } } },
      },
    },
  },
};

const submitted = (citizen: Citizen) => ({
  applicant: {
    fullName: citizen.fullName,
    personalId: citizen.personalId,
    birthDate: citizen.birthDate,
    sex: citizen.sex === 'male' ? 'nam' : 'nu',
    phone: citizen.phone,
    permanentAddress: { ...citizen.permanentAddress },
    'father/mother': citizen.father?.fullName,
  },
  members: [],
});

const provenanceOf = (entries: Record<string, [Citizen['assurance']['source'], string, boolean]>): Provenance =>
  Object.fromEntries(
    Object.entries(entries).map(([pointer, [source, from, verified]]) => [
      pointer,
      { source, from, verified, changed: false },
    ]),
  ) as Provenance;

const provenance = provenanceOf({
  '/applicant/fullName': ['portal-profile', 'fullName', true],
  '/applicant/personalId': ['portal-profile', 'personalId', true],
  '/applicant/birthDate': ['portal-profile', 'birthDate', true],
  '/applicant/phone': ['portal-profile', 'phone', false],
  '/applicant/permanentAddress': ['portal-profile', 'permanentAddress', true],
});

describe('x-prefill specs', () => {
  it('reads valid specs and refuses unknown paths and policies, saying why', () => {
    assert.deepEqual(readPrefillSpec({ 'x-prefill': { from: 'father.personalId', policy: 'locked' } }), {
      from: 'father.personalId',
      policy: 'locked',
    });
    assert.deepEqual(readPrefillSpec({ 'x-prefill': { from: 'sex', policy: 'editable', map: { male: 'nam' } } }), {
      from: 'sex',
      policy: 'editable',
      map: { male: 'nam' },
    });
    assert.equal(readPrefillSpec({ type: 'string' }), undefined);
    assert.equal(readPrefillSpec({ 'x-prefill': { from: 'shoeSize', policy: 'locked' } }), undefined);
    assert.equal(readPrefillSpec({ 'x-prefill': { from: 'fullName', policy: 'readonly' } }), undefined);
    assert.match(
      prefillSpecProblem({ 'x-prefill': { from: 'shoeSize', policy: 'locked' } }) ?? '',
      /"shoeSize" is not a citizen path/,
    );
    assert.match(
      prefillSpecProblem({ 'x-prefill': { from: 'fullName', policy: 'readonly' } }) ?? '',
      /policy "readonly"/,
    );
    assert.match(prefillSpecProblem({ 'x-prefill': 'fullName' }) ?? '', /must be an object/);
    assert.equal(prefillSpecProblem({ 'x-prefill': { from: 'fullName', policy: 'locked' } }), undefined);
  });

  it('finds targets through properties, $ref and allOf, not inside array items', () => {
    assert.deepEqual(
      collectPrefillTargets(schema)
        .map((target) => `${target.pointer} ${target.spec.from} ${target.spec.policy}`)
        .sort(),
      [
        '/applicant/birthDate birthDate locked',
        '/applicant/father~1mother father.fullName locked',
        '/applicant/fullName fullName locked',
        '/applicant/permanentAddress permanentAddress locked',
        '/applicant/personalId personalId locked',
        '/applicant/phone phone editable',
        '/applicant/sex sex locked',
      ],
    );
    const nested = {
      $defs: {
        applicant: { type: 'object', properties: { name: { 'x-prefill': { from: 'fullName', policy: 'editable' } } } },
      },
      properties: { a: { $ref: '#/$defs/applicant' } },
    };
    assert.deepEqual(collectPrefillTargets(nested), [
      { pointer: '/a/name', spec: { from: 'fullName', policy: 'editable' } },
    ]);
  });
});

describe('prefillValue', () => {
  it('maps text through the spec, only when it fits the field', () => {
    assert.equal(
      prefillValue(
        phamHung,
        { from: 'sex', policy: 'locked', map: { male: 'nam' } },
        { type: 'string', enum: ['nam', 'nu'] },
      ),
      'nam',
    );
    assert.equal(
      prefillValue(phamHung, { from: 'sex', policy: 'locked' }, { type: 'string', enum: ['nam', 'nu'] }),
      undefined,
    );
    assert.equal(prefillValue(phamHung, { from: 'ethnicity', policy: 'locked' }), '01');
    assert.equal(prefillValue(phamHung, { from: 'spouse.fullName', policy: 'locked' }), undefined);
    assert.equal(prefillValue(phamHung, { from: 'fullName', policy: 'locked' }, { type: 'integer' }), undefined);
  });

  it('gives a birth date to a date field only when the day is known', () => {
    assert.equal(
      prefillValue(phamHung, { from: 'birthDate', policy: 'locked' }, { type: 'string', format: 'date' }),
      '1988-03-14',
    );
    const yearOnly = citizenOf('missing-optional-data');
    assert.equal(
      prefillValue(yearOnly, { from: 'birthDate', policy: 'locked' }, { type: 'string', format: 'date' }),
      undefined,
    );
    assert.equal(prefillValue(yearOnly, { from: 'birthDate', policy: 'locked' }, { type: 'string' }), '1979');
  });

  it('gives addresses as the keys the field declares, legacy text in detail, never in a text field', () => {
    const abroad = citizenOf('registered-abroad');
    assert.deepEqual(prefillValue(phamHung, { from: 'permanentAddress', policy: 'locked' }, addressSchema), {
      provinceCode: '01',
      communeCode: '00004',
      detail: 'Số 12 ngõ 34 phố Đội Cấn',
    });
    assert.deepEqual(
      prefillValue(abroad, { from: 'placeOfBirthRegistration', policy: 'locked' }, { type: 'object' }),
      abroad.placeOfBirthRegistration,
    );
    const legacy = citizenOf('legacy-address');
    assert.deepEqual(prefillValue(legacy, { from: 'permanentAddress', policy: 'locked' }, addressSchema), {
      detail: 'Thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình',
    });
    assert.deepEqual(
      prefillValue(
        legacy,
        { from: 'permanentAddress', policy: 'locked' },
        { type: 'object', properties: { legacyText: {}, detail: {} } },
      ),
      {
        legacyText: 'Thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình',
      },
    );
    assert.equal(prefillValue(phamHung, { from: 'permanentAddress', policy: 'locked' }, { type: 'string' }), undefined);
  });
});

describe('verifyPrefill', () => {
  it('accepts an untouched submission', () => {
    assert.deepEqual(verifyPrefill({ value: submitted(phamHung), provenance }, phamHung, { schema }), {
      ok: true,
      mismatches: [],
    });
    assert.deepEqual(verifyPrefill({ value: submitted(phamHung), provenance }, phamHung), { ok: true, mismatches: [] });
  });

  it('catches a tampered locked value, with or without the schema', () => {
    const value = submitted(phamHung);
    value.applicant.personalId = '001088009999';
    value.applicant.permanentAddress.communeCode = '00008';
    for (const result of [
      verifyPrefill({ value, provenance }, phamHung, { schema }),
      verifyPrefill({ value, provenance }, phamHung),
    ]) {
      assert.equal(result.ok, false);
      assert.deepEqual(
        result.mismatches.map(({ pointer, from, expected, actual }) => [pointer, from, expected, actual]),
        [
          ['/applicant/personalId', 'personalId', '001088004321', '001088009999'],
          [
            '/applicant/permanentAddress',
            'permanentAddress',
            phamHung.permanentAddress,
            value.applicant.permanentAddress,
          ],
        ],
      );
    }
  });

  it('ignores changes to editable fields and fields the citizen had no value for', () => {
    const value = submitted(phamHung);
    value.applicant.phone = '+84387654321';
    assert.equal(
      verifyPrefill(
        {
          value,
          provenance: { ...provenance, '/applicant/phone': { ...provenance['/applicant/phone']!, changed: true } },
        },
        phamHung,
        { schema },
      ).ok,
      true,
    );
    const yearOnly = citizenOf('missing-optional-data');
    const typed = {
      applicant: {
        fullName: yearOnly.fullName,
        personalId: yearOnly.personalId,
        birthDate: '1979-05-01',
        sex: 'nam',
        phone: '0912345678',
        permanentAddress: { provinceCode: '01' },
      },
    };
    assert.deepEqual(verifyPrefill({ value: typed }, yearOnly, { schema }), { ok: true, mismatches: [] });
  });

  it('with the schema, catches a locked value whose provenance entry was removed or unverified', () => {
    const value = submitted(phamHung);
    value.applicant.fullName = 'Phạm Hùng Dũng';
    value.applicant.sex = 'nu';
    const hidden: Provenance = {
      ...provenance,
      '/applicant/birthDate': { ...provenance['/applicant/birthDate']!, verified: false },
    };
    delete hidden['/applicant/fullName'];
    assert.equal(
      verifyPrefill({ value, provenance: hidden }, phamHung).ok,
      true,
      'provenance alone can be edited to hide a change',
    );
    const result = verifyPrefill({ value, provenance: hidden }, phamHung, { schema });
    assert.deepEqual(result.mismatches.map((mismatch) => mismatch.pointer).sort(), [
      '/applicant/fullName',
      '/applicant/sex',
    ]);
    assert.equal(result.ok, false);
  });

  it('reports a locked value missing from the submission', () => {
    const value = submitted(phamHung) as { applicant: Record<string, unknown> };
    delete value.applicant['father/mother'];
    assert.deepEqual(verifyPrefill({ value }, phamHung, { schema }).mismatches, [
      { pointer: '/applicant/father~1mother', from: 'father.fullName', expected: 'Phạm Văn Sơn', actual: undefined },
    ]);
  });
});
