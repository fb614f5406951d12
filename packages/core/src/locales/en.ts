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
    readonlyChoice: 'Read-only: this choice cannot be changed',
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
