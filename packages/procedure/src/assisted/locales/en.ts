import type { AssistedStrings } from './vi.js';

/** Strings of assisted filing (namespace `dvc-procedure`, key `assisted`), English. */
export const en: AssistedStrings = {
  assisted: {
    intake: {
      heading: 'Identify the citizen',
      intro:
        'You are filing on behalf of a citizen. Scan the QR code on their citizen identity card, or type the QR code’s text in the box below.',
      unavailable: 'This portal has not set up assisted filing. Please tell the portal’s administrator.',
      scan: 'Scan the QR code with the camera',
      scanStop: 'Stop scanning',
      scanning: 'Hold the QR code on the identity card in front of the camera.',
      cameraLabel: 'Camera image',
      cameraFailed: 'The camera could not be opened. Type the QR code’s text in the box below.',
      qrLabel: 'Text of the QR code on the identity card',
      qrHint:
        'A handheld QR reader types into this box; you can also paste. Format: ID number|old ID number|full name|date of birth|sex|address|issue date.',
      read: 'Read the card',
      qrEmpty: 'Enter the text of the QR code on the identity card',
      qrError: 'The QR code could not be read: {{reason}}',
      identifyFailed: 'The card details could not be sent. Check the connection and try again.',
      citizenHeading: 'Details on the card',
      fullName: 'Full name',
      personalId: 'Personal ID number',
      birthDate: 'Date of birth',
      address: 'Permanent address',
      notVerified:
        'These details come from the QR code printed on the card and have not been checked against the national population database. Compare them with the card and ask the citizen.',
      readAnother: 'Read another card',
      consentLegend: 'The citizen’s consent',
      methodSpoken: 'Read the confirmation aloud; the citizen agrees out loud',
      methodOtp: 'Send a confirmation code to the citizen’s phone',
      readAloudHeading: 'Read this aloud to the citizen',
      readAloudText:
        'I am {{officer}}. I will help you, {{citizen}}, file this application online, using the details on your identity card. I will read your answers back to you to check before I submit. Do you agree that I file it for you?',
      spokenCheckbox: 'I read this to the citizen and they agreed',
      spokenRequired: 'Tick this box once the citizen has agreed',
      otpSend: 'Send a confirmation code',
      otpSent: 'A 6-digit code was sent. It expires at {{time}}.',
      otpDemo: 'Demo (no real text message is sent): the code is {{code}}',
      otpLabel: 'Confirmation code the citizen reads to you',
      otpHint: '6 digits',
      otpFormat: 'The confirmation code must be exactly 6 digits',
      otpWrong: 'The confirmation code is wrong or has expired. Check it or send a new code.',
      otpVerify: 'Confirm the code',
      otpVerified: 'The citizen confirmed with the code.',
      otpFailed: 'The code could not be sent. Read the confirmation aloud instead.',
      otpRequired: 'Confirm the code the citizen received before you continue',
      continue: 'Continue',
    },
    banner: {
      label: 'Assisted filing',
      filingFor: 'Filing on behalf of {{citizen}}, assisted by {{officer}}',
      filingForUnknown: 'Assisted filing by {{officer}}: citizen not identified yet',
      presentation: 'Presentation',
      largeText: 'Large text',
      simplified: 'Simplified language',
    },
    status: {
      filedWithHelp: 'Filed with the help of officer {{officer}}; {{consent}}.',
      spoken: 'the citizen agreed out loud after the officer read the confirmation',
      otp: 'the citizen confirmed with a code sent to their phone',
    },
    receipt: {
      heading: 'Application receipt',
      reference: 'Reference number',
      procedure: 'Procedure',
      submittedAt: 'Submitted on',
      status: 'Check the application’s status',
      qrLabel: 'QR code to check application {{reference}}',
      qrHint:
        'Scan this code with a phone to see the application’s status, or enter the reference on the public service portal.',
      assistedBy: 'Filed with the help of {{officer}}',
      print: 'Print the receipt',
      keep: 'Keep this receipt. You will be told when the result is ready.',
    },
  },
};
