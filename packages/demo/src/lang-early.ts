/**
 * Loaded as a classic script in <head>, before the body is parsed: sets `<html lang>` from the
 * stored choice so the page never shows in the wrong language first.
 */
import { applyLanguage, storedLanguage } from './language.js';

applyLanguage(storedLanguage());
