/** Types of build-data.mjs, for the Node test. */
export interface AddressSource {
  readonly version: string;
  readonly provinces: readonly Record<string, unknown>[];
  readonly wards: readonly Record<string, unknown>[];
  readonly mappings: readonly Record<string, unknown>[];
}
export const dataDirectory: string;
export function coreName(name: string): string;
export function slug(name: string): string;
export function readSource(): AddressSource;
export function buildFiles(source: AddressSource): Map<string, string>;
export function differences(files: Map<string, string>, directory?: string): string[];
