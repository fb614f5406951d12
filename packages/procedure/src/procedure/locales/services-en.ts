/** English strings of the journey parts in `services.ts` and `lookup.ts`: loaded on first need (ADR 0020). */
import type { ServicesStrings } from './services.js';

export const servicesStringsEn: ServicesStrings = {
  bundle: {
    title: 'One application for {{count}} services',
    intro: 'Each agency handles its own part. You get one reference and can follow each part.',
    afterOthers: 'once this is done: {{services}}',
    statusTitle: 'Status of each part',
    statusValue: '{{agency}}: {{status}}',
  },
  identityOnly: {
    title: 'Details from your identity data',
    intro:
      'This service needs nothing more from you. If a detail below is wrong, ask the population data office to correct it before you submit.',
    needed:
      'This service uses only your identity data. Sign in with VNeID and agree to fill in your details to continue.',
  },
  lookup: {
    loading: 'Looking it up…',
    failed: 'The look-up failed: {{reason}}',
    total: 'Total to pay',
    retry: 'Look it up again',
  },
};
