import type { ValidationStrings } from './validation-vi.js';

/** The controls' validation messages (namespace `dvc`), English. */
export const validationEn: ValidationStrings = {
  validation: {
    valueMissing: 'Enter {{label}}',
    valueMissingChoice: 'Select {{label}}',
    valueMissingCheckbox: 'Select {{label}}',
    valueMissingFile: 'Select a file for {{label}}',
    tooShort: '{{Label}} must be {{count}} characters or more',
    tooLong: '{{Label}} must be {{count}} characters or fewer',
    patternMismatch: '{{Label}} is not in the right format',
    typeMismatchEmail: 'Enter {{label}} in the correct format, like name@example.com',
    typeMismatchUrl: 'Enter {{label}} in the correct format, like https://example.gov.vn',
    typeMismatch: '{{Label}} is not in the right format',
    dateIncomplete: '{{Label}} must include a day, month and year',
    dateYearLength: 'The year of {{label}} must include 4 numbers',
    dateInvalid: '{{Label}} must be a real date',
    dateTooEarly: '{{Label}} must be the same as or after {{min}}',
    dateTooLate: '{{Label}} must be the same as or before {{max}}',
    fileType: 'The file {{file}} must be a {{types}}',
    fileSize: 'The file {{file}} must be smaller than {{size}}',
    fileCount: 'Select no more than {{count}} files',
    customError: '{{Label}} is not valid',
  },
};
