/**
 * zod for this package: `zod/mini`, whose functions tree-shake. The classic API's `z` namespace
 * carried all of zod and its 40 locales (≈ 90 kB gzip) into the journey bundle (ADR 0017).
 * Modules import it as a namespace (`import * as z from '../zod.js'`) so bundlers keep only what
 * they use. `jitless`: without it zod probes `new Function` once, which a portal's strict CSP
 * (`script-src 'self'`) reports as a violation. English messages (zod/mini has none of its own)
 * keep the reason a broken procedure definition shows readable.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config({ jitless: true, ...en() });

export * from 'zod/mini';
