import { expect } from '@open-wc/testing';
import { checkPersonalId } from './personal-id.js';

// Synthetic numbers: valid in form, invented serials.
describe('checkPersonalId', () => {
  it('reports the format first, and then nothing else', () => {
    expect(checkPersonalId('07930300112', { sex: 'male' })).to.deep.equal(['digits']);
    expect(checkPersonalId('003303001122', { sex: 'male' })).to.deep.equal(['place']);
  });

  it('compares the century/sex digit and the year with the facts given', () => {
    expect(checkPersonalId('079303001122', { sex: 'female', birthDate: '2003-09-02' })).to.deep.equal([]);
    expect(checkPersonalId('079303001122', { sex: 'male' })).to.deep.equal(['sex']);
    expect(checkPersonalId('079303001122', { birthDate: '1903-09-02' })).to.deep.equal(['century']);
    expect(checkPersonalId('079303001122', { birthDate: '2004' })).to.deep.equal(['year']);
    expect(checkPersonalId('232099000456')).to.deep.equal([]);
  });
});
