import type { DvcStrings } from './vi.js';

/** English strings. Typed against Vietnamese so a missing key fails the type-check too. */
export const en: DvcStrings = {
  control: {
    required: '(required)',
    optional: '(optional)',
    errorPrefix: 'Error:',
    verified: 'Verified',
    correctionLink: 'Ask for wrong details to be corrected',
    opensInNewTab: '(opens in a new tab)',
  },
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
  date: {
    day: 'Day',
    month: 'Month',
    year: 'Year',
    example: 'For example, {{example}}',
  },
  checkboxes: {
    or: 'or',
  },
  select: {
    choose: 'Choose an option',
  },
  characterCount: {
    info: 'You can enter up to {{count}} characters',
    remaining_one: 'You have {{count}} character remaining',
    remaining_other: 'You have {{count}} characters remaining',
    tooMany_one: 'You have {{count}} character too many',
    tooMany_other: 'You have {{count}} characters too many',
  },
  fileUpload: {
    choose: 'Choose file',
    drop: 'or drop a file here',
    noFile: 'No file chosen',
    selected_one: '{{count}} file selected: {{names}}',
    selected_other: '{{count}} files selected: {{names}}',
    accepted: 'Accepted formats: {{types}}. Maximum size: {{size}}.',
    acceptedTypes: 'Accepted formats: {{types}}.',
    acceptedSize: 'Maximum size: {{size}}.',
    maxFiles_one: 'You can choose up to {{count}} file.',
    maxFiles_other: 'You can choose up to {{count}} files.',
    remove: 'Remove',
    removeSuffix: 'file {{file}}',
    kinds: {
      image: 'picture',
      audio: 'sound recording',
      video: 'video',
    },
  },
  errorSummary: {
    title: 'There is a problem',
  },
  notification: {
    important: 'Important',
    success: 'Success',
  },
  summaryList: {
    change: 'Change',
    notProvided: 'Not provided',
  },
  stepIndicator: {
    progress: 'Step {{current}} of {{total}}',
    label: 'Steps',
    completed: 'Completed',
    current: 'In progress',
    notStarted: 'Not started',
  },
  units: {
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
  },
};
