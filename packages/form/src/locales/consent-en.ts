import type { ConsentStrings } from './consent-vi.js';

/** Strings of `<dvc-form>`'s identity consent (namespace `dvc-form`), English. */
export const consentEn: ConsentStrings = {
  identity: {
    consentTitle: 'Use your verified details',
    consentIntro: 'So that you do not have to type them again, these details can be filled in from {{source}}:',
    source: {
      vneid: 'the National Population Database (through your VNeID account)',
      'portal-profile': 'your National Public Service Portal account',
      'cccd-qr': 'the QR code on your ID card',
      manual: 'details you gave before',
    },
    lockedNote: '(verified, cannot be changed here)',
    consentChoice:
      'You can agree to have them filled in, or type everything yourself. You can check every answer before you submit.',
    accept: 'Fill in my details',
    decline: 'I will type everything myself',
  },
};
