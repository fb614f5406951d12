/** The identity adapters and `mapClaims`, which picks one by source. */
import type { IdentityResult } from '../problems.js';
import { mapCccdQr } from './cccd-qr.js';
import { mapPortalProfile } from './portal-profile.js';
import type { MapClaimsOptions } from './shared.js';
import { mapVneidUserInfo } from './vneid.js';

export { mapVneidUserInfo, vneidUserInfoSchema, type VneidUserInfo } from './vneid.js';
export { mapPortalProfile, portalProfileSchema, type PortalProfile } from './portal-profile.js';
export { mapCccdQr, cccdQrFields, cccdQrSchema } from './cccd-qr.js';
export { toE164, type MapClaimsOptions } from './shared.js';

/** The sources that have an adapter (claims from elsewhere are mapped by the host into a `Citizen`). */
export const claimSources = ['vneid', 'portal-profile', 'cccd-qr'] as const;
export type ClaimSource = (typeof claimSources)[number];

export function isClaimSource(value: unknown): value is ClaimSource {
  return typeof value === 'string' && (claimSources as readonly string[]).includes(value);
}

const adapters: Record<ClaimSource, (claims: unknown, options?: MapClaimsOptions) => IdentityResult> = {
  vneid: mapVneidUserInfo,
  'portal-profile': mapPortalProfile,
  'cccd-qr': mapCccdQr,
};

/** Maps a payload from `source` to the citizen model; an unknown source is a problem too. */
export function mapClaims(source: string, claims: unknown, options: MapClaimsOptions = {}): IdentityResult {
  if (!isClaimSource(source)) return { ok: false, problems: [{ path: '', key: 'source', params: { source } }] };
  return adapters[source](claims, options);
}
