export * from './events.js';
export * from './form-control.js';
export * from './styles.js';
export * from './validators.js';
export * from './options.js';
export * from './i18n/i18n.js';
export * from './i18n/locale-controller.js';
export { vi as viStrings, type DvcStrings } from './locales/vi.js';
export { en as enStrings } from './locales/en.js';
