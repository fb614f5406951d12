/**
 * zod for this package: `zod/mini`, whose functions tree-shake. The classic API's `z` namespace
 * carried all of zod and its 40 locales (≈ 90 kB gzip) into every browser bundle (ADR 0017).
 * Modules import it as a namespace (`import * as z from './zod.js'`) so bundlers keep only what
 * they use. `jitless`: without it zod probes `new Function` once, which a portal's strict CSP
 * (`script-src 'self'`) reports as a violation.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
