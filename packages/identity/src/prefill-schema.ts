import * as z from './zod.js';
import { citizenPaths } from './citizen-model.js';

/** `x-prefill` as a zod schema, for tools that validate procedure files with zod. `readPrefillSpec` checks the same by hand. */
export const prefillSpecSchema = z.strictObject({
  from: z.enum(citizenPaths),
  policy: z.enum(['locked', 'editable']),
  map: z.optional(z.record(z.string(), z.string())),
});
