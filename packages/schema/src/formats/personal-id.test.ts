import { expect } from '@open-wc/testing';
import {
  checkPersonalIdConsistency,
  isVnPersonalId,
  parsePersonalId,
  personalIdProblem,
  vnBirthProvinceCodes,
} from './index.js';

// Synthetic numbers: valid in form, invented serials.
describe('vn-personal-id', () => {
  it('has the 63 pre-2025 province codes of the reference', () => {
    expect(vnBirthProvinceCodes.size).to.equal(63);
    for (const code of ['001', '024', '046', '079', '096']) expect(vnBirthProvinceCodes.has(code), code).to.equal(true);
    for (const code of ['000', '003', '097', '100']) expect(vnBirthProvinceCodes.has(code), code).to.equal(false);
  });

  it('accepts 12 digits starting with a province code or a country code (birth registered abroad)', () => {
    for (const id of [
      '001203012345',
      '079185001234',
      '024300000001',
      '096099123456',
      '101092000111',
      '175090000123',
      '295201999999',
    ]) {
      expect(isVnPersonalId(id), id).to.equal(true);
    }
  });

  it('rejects other lengths, non-digits and unknown place codes, saying which', () => {
    const cases: Array<[string, string]> = [
      ['00120301234', 'digits'],
      ['0012030123456', 'digits'],
      ['00120301234a', 'digits'],
      ['001 203 012 345', 'digits'],
      ['', 'digits'],
      ['003203012345', 'place'],
      ['000203012345', 'place'],
      ['100203012345', 'place'],
      ['296203012345', 'place'],
      ['999203012345', 'place'],
    ];
    for (const [id, problem] of cases) {
      expect(isVnPersonalId(id), id).to.equal(false);
      expect(personalIdProblem(id), id).to.equal(problem);
    }
    expect(personalIdProblem('001203012345')).to.equal(undefined);
  });

  it('decodes century, sex and year of birth from digits 4–6', () => {
    expect(parsePersonalId('079185001234')).to.deep.equal({
      id: '079185001234',
      placeCode: '079',
      registeredAbroad: false,
      centuryCode: 1,
      sex: 'female',
      century: 1900,
      birthYear: 1985,
    });
    expect(parsePersonalId('001203012345')).to.include({ sex: 'male', birthYear: 2003, century: 2000 });
    expect(parsePersonalId('024300000001')).to.include({ sex: 'female', birthYear: 2000 });
    expect(parsePersonalId('175090000123')).to.include({ registeredAbroad: true, sex: 'male', birthYear: 1990 });
    expect(parsePersonalId('001401000001')).to.include({ sex: 'male', century: 2100, birthYear: 2101 });
    expect(parsePersonalId('003203012345')).to.equal(null);
  });

  it('finds which of century, year and sex disagree with the other answers', () => {
    // 0792 03…: male, born 2003.
    const id = '079203001234';
    expect(checkPersonalIdConsistency(id, { birthDate: '2003-05-17', sex: 'male' })).to.deep.equal([]);
    expect(checkPersonalIdConsistency(id, { birthDate: '2003-05-17', sex: 'female' })).to.deep.equal(['sex']);
    expect(checkPersonalIdConsistency(id, { birthDate: '1903-05-17', sex: 'male' })).to.deep.equal(['century']);
    expect(checkPersonalIdConsistency(id, { birthDate: '2004-01-01' })).to.deep.equal(['year']);
    expect(checkPersonalIdConsistency(id, { birthDate: '1985-12-31', sex: 'female' })).to.deep.equal([
      'century',
      'year',
      'sex',
    ]);
    // Partial dates (mm/yyyy, yyyy) still carry the year.
    expect(checkPersonalIdConsistency(id, { birthDate: '2003' })).to.deep.equal([]);
    expect(checkPersonalIdConsistency(id, { birthDate: '2013-02' })).to.deep.equal(['year']);
    // Nothing to compare, or an ID that is not well-formed: no mismatch (its format error is separate).
    expect(checkPersonalIdConsistency(id, {})).to.deep.equal([]);
    expect(checkPersonalIdConsistency(id, { birthDate: '17/05/2003' })).to.deep.equal([]);
    expect(checkPersonalIdConsistency('12345', { birthDate: '2003-05-17', sex: 'female' })).to.deep.equal([]);
  });
});
