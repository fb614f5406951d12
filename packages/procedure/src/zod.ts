/**
 * zod for this package, configured for strict Content Security Policies: without `jitless`,
 * zod 4 probes `new Function` once, which a portal's `script-src 'self'` reports as a violation.
 * Every module of the package imports zod from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
