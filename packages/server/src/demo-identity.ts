/**
 * The demo sign-in: synthetic citizens and the identity answers each can sign in with (sessions
 * and prefill tokens are in ./sessions.ts).
 */
import { citizenSchema, type Citizen, type CitizenAddress } from '@dvc/identity';

export const claimSources = ['vneid', 'portal-profile', 'cccd-qr'] as const;
export type ClaimSourceName = (typeof claimSources)[number];

export interface DemoCitizenFixture {
  readonly id: string;
  readonly label: string;
  readonly citizen: Citizen;
  /** The payload each source would give for this citizen (only the sources the fixture has). */
  readonly claims: Partial<Record<ClaimSourceName, unknown>>;
}

export class DemoIdentity {
  constructor(readonly citizens: readonly DemoCitizenFixture[]) {}

  find(id: string): DemoCitizenFixture | undefined {
    return this.citizens.find((entry) => entry.id === id);
  }

  /**
   * The identity response for a source (the first the fixture has when none is asked for). A
   * citizen with no payload of its own signs in through a national-portal profile made from the
   * record, so every synthetic citizen can be used in the demo.
   */
  identityResponse(
    entry: DemoCitizenFixture,
    source?: ClaimSourceName,
  ): { source: ClaimSourceName; claims: unknown } | undefined {
    const claims = this.claimsOf(entry);
    const chosen = source ?? claimSources.find((candidate) => claims[candidate] !== undefined);
    if (!chosen || claims[chosen] === undefined) return undefined;
    return { source: chosen, claims: claims[chosen] };
  }

  /** The payloads a citizen can sign in with: the fixture's own, else a portal profile made from the record. */
  claimsOf(entry: DemoCitizenFixture): Partial<Record<ClaimSourceName, unknown>> {
    return claimSources.some((source) => entry.claims[source] !== undefined)
      ? entry.claims
      : { 'portal-profile': portalProfileOf(entry.citizen) };
  }

  /** The sources a citizen can sign in with. */
  sourcesOf(entry: DemoCitizenFixture): ClaimSourceName[] {
    const claims = this.claimsOf(entry);
    return claimSources.filter((source) => claims[source] !== undefined);
  }
}

/** The national portal's profile payload (vn-domain.md §2.4) that maps back to `citizen`. */
export function portalProfileOf(citizen: Citizen): Record<string, unknown> {
  const address = (value: CitizenAddress | undefined): unknown =>
    value === undefined
      ? undefined
      : value.legacyText !== undefined && value.provinceCode === undefined
        ? value.legacyText
        : {
            MaTinhThanh: value.provinceCode ?? null,
            MaPhuongXa: value.communeCode ?? null,
            ChiTiet: value.detail ?? '',
            QuocGia: value.country ?? 'VN',
          };
  const relative = (value: Citizen['father']): unknown =>
    value === undefined
      ? null
      : {
          HoVaTen: value.fullName,
          ...(value.personalId ? { SoDinhDanh: value.personalId } : {}),
          ...(value.nationality ? { QuocTich: value.nationality } : {}),
        };
  const split = citizen.familyName !== undefined && citizen.givenName !== undefined;
  const profile: Record<string, unknown> = {
    sub: `synthetic-${citizen.personalId}`,
    SoDinhDanh: citizen.personalId,
    HoVaTen: split
      ? { Ho: citizen.familyName, ChuDem: citizen.middleName ?? '', Ten: citizen.givenName }
      : citizen.fullName,
    NgayThangNamSinh: citizen.birthDate ? citizen.birthDate.replace(/-/g, '').padEnd(8, '0') : undefined,
    GioiTinh: citizen.sex === 'male' ? 1 : citizen.sex === 'female' ? 2 : undefined,
    DanToc: citizen.ethnicity,
    TonGiao: citizen.religion,
    QuocTich: citizen.nationality,
    NoiDangKyKhaiSinh: address(citizen.placeOfBirthRegistration),
    QueQuan: address(citizen.placeOfOrigin),
    ThuongTru: address(citizen.permanentAddress),
    NoiOHienNay: address(citizen.currentAddress),
    SoDienThoai: citizen.phone,
    ThuDienTu: citizen.email,
    Cha: relative(citizen.father),
    Me: relative(citizen.mother),
    VoChong: relative(citizen.spouse),
    ChuHo: relative(citizen.householdHead),
    loAs: citizen.assurance.level ?? '2',
  };
  return Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined));
}

/** Checks fixtures from elsewhere before trusting them; bad entries are dropped with their reason. */
export function checkedCitizens(candidates: unknown): { citizens: DemoCitizenFixture[]; problems: string[] } {
  const citizens: DemoCitizenFixture[] = [];
  const problems: string[] = [];
  for (const [index, candidate] of (Array.isArray(candidates) ? candidates : []).entries()) {
    const { id, label, citizen, claims } = (candidate ?? {}) as Partial<DemoCitizenFixture>;
    const parsed = citizenSchema.safeParse(citizen);
    if (
      typeof id !== 'string' ||
      typeof label !== 'string' ||
      !parsed.success ||
      claims === null ||
      typeof claims !== 'object'
    ) {
      problems.push(`demo citizen ${index} (${String(id)}) is not usable`);
      continue;
    }
    citizens.push({ id, label, citizen: parsed.data, claims });
  }
  return { citizens, problems };
}

/** The identity package's synthetic citizens (`@dvc/identity/fixtures.js`). */
export async function loadDefaultCitizens(): Promise<{ citizens: DemoCitizenFixture[]; problems: string[] }> {
  const identity = (await import('@dvc/identity/fixtures.js')) as { demoCitizens?: unknown };
  if (identity.demoCitizens === undefined)
    return { citizens: [], problems: ['@dvc/identity/fixtures.js does not export demoCitizens'] };
  return checkedCitizens(identity.demoCitizens);
}

export { heldDocuments } from './demo-documents.js';
