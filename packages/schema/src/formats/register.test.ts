import { expect } from '@open-wc/testing';
import { createSchemaValidator } from '../validation/index.js';
import { registerVnFormats } from './index.js';

const schema = {
  type: 'object',
  properties: {
    personalId: { type: 'string', format: 'vn-personal-id' },
    phone: { type: 'string', format: 'vn-phone' },
    taxCode: { type: 'string', format: 'vn-tax-code' },
    socialInsurance: { type: 'string', format: 'vn-social-insurance' },
  },
};

describe('registerVnFormats', () => {
  it('makes the Vietnamese formats validate in JSON Schema', () => {
    registerVnFormats();
    registerVnFormats();
    const validator = createSchemaValidator(schema);
    expect(
      validator.validate({
        personalId: '001203012345',
        phone: '+84912345678',
        taxCode: '3123456782-001',
        socialInsurance: '0123456789',
      }),
    ).to.deep.equal([]);
    const errors = validator.validate({
      personalId: '003203012345',
      phone: '0552345678',
      taxCode: '3123456783',
      socialInsurance: '12345',
    });
    expect(errors.map((error) => `${error.instancePointer} ${String(error.params?.['format'])}`)).to.deep.equal([
      '/personalId vn-personal-id',
      '/phone vn-phone',
      '/taxCode vn-tax-code',
      '/socialInsurance vn-social-insurance',
    ]);
  });

  it('leaves them as annotations when formats are not asserted', () => {
    registerVnFormats();
    expect(
      createSchemaValidator(schema, { assertFormats: false }).validate({ personalId: 'x', phone: 'x' }),
    ).to.deep.equal([]);
  });
});
