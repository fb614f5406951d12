import type { MessageStrings } from './messages-vi.js';

/** The validation messages of `<dvc-form>` (namespace `dvc-form`), English. */
export const messagesEn: MessageStrings = {
  validation: {
    required: 'Enter {{label}}',
    requiredChoice: 'Select {{label}}',
    requiredCheckbox: 'Select “{{Label}}”',
    minLength: '{{Label}} must be {{limit}} characters or more',
    maxLength: '{{Label}} must be {{limit}} characters or fewer',
    pattern: '{{Label}} is not in the right format',
    typeNumber: '{{Label}} must be a number',
    typeInteger: '{{Label}} must be a whole number',
    type: '{{Label}} is not the right kind of value',
    minimum: '{{Label}} must be {{limit}} or more',
    maximum: '{{Label}} must be {{limit}} or less',
    exclusiveMinimum: '{{Label}} must be more than {{limit}}',
    exclusiveMaximum: '{{Label}} must be less than {{limit}}',
    multipleOf: '{{Label}} must be a multiple of {{limit}}',
    enum: 'Select {{label}} from the list',
    const: '{{Label}} does not have the required value',
    minItems: 'Add at least {{limit}} {{item}}',
    maxItems: 'Add no more than {{limit}} {{item}}',
    uniqueItems: '{{Label}} has duplicate entries',
    format: '{{Label}} is not in the right format',
    formatEmail: 'Enter {{label}} in the correct format, like name@example.com',
    formatUri: 'Enter {{label}} in the correct format, like https://dichvucong.gov.vn',
    formatDate: '{{Label}} must be a real date',
    formatTel: 'Enter {{label}} in the correct format, like 0912 345 678',
    invalid: '{{Label}} is not valid',
  },
};
