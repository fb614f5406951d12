export { DvcAssistedIntake, type DvcCitizenIdentifiedDetail } from './intake/assisted-intake.js';
export { DvcAssistedBanner, type DvcPresentationChangeDetail } from './banner/assisted-banner.js';
export { DvcReceipt } from './receipt/receipt.js';
export { readCardQr, describeCardProblems, displayDate, displayAddress, type CardReading } from './card-qr.js';
export { barcodeDetector } from './camera-scanner.js';
export { largeTextStyles, largeTextCss, largeTextScaleProperty, defaultLargeTextScale } from './presentation.js';
export { registerAssistedStrings, assistedStringsVi, type AssistedStrings } from './locales/index.js';
