import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { citizenSchema, readCitizenPath, citizenPaths, birthDatePrecision } from '../src/index.js';

const citizen = citizenSchema.parse({
  personalId: '001203012345',
  fullName: 'Nguyễn Thị Minh Anh',
  birthDate: '2003-04-05',
  father: { fullName: 'Nguyễn Văn Bình' },
  permanentAddress: { provinceCode: '01', communeCode: '00004', detail: 'Số 1' },
  assurance: { source: 'vneid', retrievedAt: '2026-11-25T08:00:00+07:00' },
});

describe('citizen model (Node)', () => {
  it('reads nested paths and treats missing values as absent', () => {
    assert.equal(readCitizenPath(citizen, 'father.fullName'), 'Nguyễn Văn Bình');
    assert.equal(readCitizenPath(citizen, 'mother.fullName'), undefined);
    assert.deepEqual(readCitizenPath(citizen, 'permanentAddress'), {
      provinceCode: '01',
      communeCode: '00004',
      detail: 'Số 1',
    });
    assert.ok(citizenPaths.includes('householdHead.personalId'));
  });
  it('knows the precision of a birth date', () => {
    assert.equal(birthDatePrecision('1990'), 'year');
    assert.equal(birthDatePrecision('1990-05'), 'month');
    assert.equal(birthDatePrecision('1990-05-17'), 'day');
  });
  it('rejects a model without assurance metadata', () => {
    assert.equal(citizenSchema.safeParse({ personalId: '001203012345', fullName: 'A' }).success, false);
  });
});
