/** Values several corpus entries share. */
export const d07 = 'http://json-schema.org/draft-07/schema#';
export const s2020 = 'https://json-schema.org/draft/2020-12/schema';

export const person = {
  type: 'object',
  required: ['fullName'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', minLength: 2 },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
  },
};
