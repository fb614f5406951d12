/** Shared fixtures of the validator's test suites. */
import type { SchemaError } from '../validation/index.js';

/** Pointer + keyword of each error, the part most assertions care about. */
export const where = (errors: readonly SchemaError[]): string[] =>
  errors.map((error) => `${error.instancePointer} ${error.keyword}`);

export const applicationSchema = {
  type: 'object',
  required: ['fullName', 'phone', 'Nơi sinh'],
  additionalProperties: false,
  properties: {
    fullName: { type: 'string', minLength: 2 },
    'Nơi sinh': { type: 'string' },
    phone: { type: 'string', pattern: '^0\\d{9}$' },
    email: { type: 'string', format: 'email' },
    kind: { enum: ['new', 'renew'] },
    age: { type: 'integer', minimum: 18, maximum: 120 },
    tags: { type: 'array', maxItems: 2, uniqueItems: true, items: { type: 'string' } },
    address: { $ref: '#/$defs/address' },
    amount: { oneOf: [{ type: 'string' }, { type: 'number', minimum: 5 }] },
    list: { type: 'array', contains: { const: 1 }, minContains: 2 },
    codes: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
    forbidden: false,
    spouse: {},
    spouseId: {},
    spousePhone: {},
  },
  dependentRequired: { spouse: ['spouseId', 'spousePhone'] },
  $defs: {
    address: { type: 'object', required: ['province'], properties: { province: { type: 'string', maxLength: 3 } } },
  },
};
