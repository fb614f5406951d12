/**
 * The look-up adapter: a procedure with `lookup` (e.g. camera-detected traffic fines) sends the
 * answers of its look-up step and gets back what is owed. The server prices the payment from the
 * same answers, never from an amount the browser sends.
 */
import * as z from '../zod.js';
import type { HttpClient } from './http-client.js';
import { localizedTextSchema, type RequestOptions } from './types.js';

export const owedItemSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: localizedTextSchema,
  /** What it is about (date, place, violation), shown under the title. */
  detail: z.optional(localizedTextSchema),
  /** VND. */
  amount: z.int().check(z.nonnegative()),
});
export type OwedItem = z.infer<typeof owedItemSchema>;

export const lookupResultSchema = z.object({ items: z.array(owedItemSchema), total: z.int().check(z.nonnegative()) });
export type LookupResult = z.infer<typeof lookupResultSchema>;

export interface LookupRequest {
  readonly procedureId: string;
  /** The answers of the look-up step (e.g. `{ vehicle: { plate, plateColour } }`). */
  readonly value: Record<string, unknown>;
}

export interface LookupAdapter {
  find(request: LookupRequest, options?: RequestOptions): Promise<LookupResult>;
}

/** `POST lookups` with `{ procedureId, value }`. */
export function createHttpLookupAdapter(client: HttpClient): LookupAdapter {
  return {
    find: (request, { signal } = {}) =>
      client.request({ method: 'POST', path: 'lookups', schema: lookupResultSchema, body: request, signal }),
  };
}
