// Writes dist/themes.css from the compiled theme definitions (run after tsc).
import { writeFileSync } from 'node:fs';
import { themesStylesheet } from '../dist/index.js';

writeFileSync(new URL('../dist/themes.css', import.meta.url), themesStylesheet());
