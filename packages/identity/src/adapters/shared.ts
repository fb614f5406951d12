/**
 * What the three adapters share: turning the sources' text, dates, names and addresses into the
 * citizen model's shapes, and the checks every mapped citizen goes through (the citizen schema,
 * then the personal ID rules).
 */
import * as z from '../zod.js';
import { citizenPaths, citizenSchema, type CitizenAddress, type IdentitySource } from '../citizen.js';
import { checkPersonalId, personalIdProblem } from '@dvc/schema/personal-id.js';
import { personalIdIssueKeys } from '../citizen-facts.js';
import type { IdentityProblem, IdentityProblemKey, IdentityResult } from '../problems.js';

/** Options of every adapter. */
export interface MapClaimsOptions {
  /** The clock for `assurance.retrievedAt` (tests inject a fixed one). */
  now?: () => Date;
}

/** Text as it may come from a source: absent, `null`, or a string. */
export const optionalText = z.nullish(z.string());
/** A code a source may send as a string or as a number (losing its leading zeros). */
export const optionalCode = z.nullish(z.union([z.string(), z.number()]));

/** A name as a string, or split as the population database splits it (`Ho` / `ChuDem` / `Ten`). */
export const nameSchema = z.union([
  z.string(),
  z.looseObject({ Ho: optionalText, ChuDem: optionalText, Ten: optionalText }),
]);

/** An address as coded parts (province, district, commune, detail line, country) or legacy text. */
export const addressPayloadSchema = z.nullish(
  z.union([
    z.string(),
    z.looseObject({
      MaTinhThanh: optionalCode,
      MaQuanHuyen: optionalCode,
      MaPhuongXa: optionalCode,
      ChiTiet: optionalText,
      QuocGia: optionalText,
    }),
  ]),
);

/** Trimmed NFC text with single spaces, or `undefined` for absent or blank values. */
export function cleanText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** A code with its leading zeros restored (sources sometimes send `1` for `01`). */
export function cleanCode(value: string | number | null | undefined, width: number): string | undefined {
  const text = typeof value === 'number' ? String(value) : cleanText(value);
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? text.padStart(width, '0') : text;
}

export interface NameParts {
  fullName?: string;
  familyName?: string;
  middleName?: string;
  givenName?: string;
}

/** A full name; the parts only when the source gives them (a full name is never split here). */
export function nameParts(value: z.infer<typeof nameSchema> | null | undefined): NameParts {
  if (value === null || value === undefined) return {};
  if (typeof value === 'string') return { fullName: cleanText(value) };
  const familyName = cleanText(value.Ho);
  const middleName = cleanText(value.ChuDem);
  const givenName = cleanText(value.Ten);
  const fullName = cleanText([familyName, middleName, givenName].filter(Boolean).join(' '));
  return { fullName, familyName, middleName, givenName };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An ISO date at the precision given. Month and day `00` mean "not known" (population records
 * keep people whose exact date of birth was never registered): `yyyy0000` → `yyyy`.
 */
export function isoDate(year: string, month: string, day: string): string | undefined {
  if (Number(year) < 1800) return undefined;
  if (month === '00') return day === '00' ? year : undefined;
  if (Number(month) > 12) return undefined;
  if (day === '00') return `${year}-${month}`;
  return isCalendarDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : undefined;
}

/** `yyyymmdd` (VNeID), `yyyy-mm-dd` or `dd/mm/yyyy` → ISO; `undefined` when it is no date. */
export function parseSourceDate(text: string): string | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoDate(compact[1]!, compact[2]!, compact[3]!);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(text);
  if (iso) return isoDate(iso[1]!, iso[2]!, iso[3]!);
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (dmy) return isoDate(dmy[3]!, dmy[2]!, dmy[1]!);
  const year = /^(\d{4})$/.exec(text);
  if (year) return isoDate(year[1]!, '00', '00');
  return undefined;
}

/**
 * A phone number in E.164. Accepted, by a deliberately small rule (no carrier or numbering-plan
 * check; the form's phone field does that): `+` and 8–15 digits as is; a Vietnamese national
 * number `0` + 9 digits → `+84` + 9 digits; `84` + 9 digits → `+84…`. Spaces, dots and dashes
 * are ignored. Anything else is `undefined`.
 */
export function toE164(text: string): string | undefined {
  const compact = text.replace(/[\s.\-()]/g, '');
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  if (/^0\d{9}$/.test(compact)) return `+84${compact.slice(1)}`;
  if (/^84\d{9}$/.test(compact)) return `+${compact}`;
  return undefined;
}

/** Sex as the sources write it: `Nam` / `Nữ` (card QR), `1` / `2` (population database codes). */
export function parseSex(value: string | number): 'male' | 'female' | undefined {
  const text = String(value).normalize('NFC').trim().toLowerCase();
  if (text === 'nam' || text === '1' || text === 'male') return 'male';
  if (text === 'nữ' || text === 'nu' || text === '2' || text === 'female') return 'female';
  return undefined;
}

/** The citizen model's address from a coded address object or legacy text. */
export function mapAddress(value: z.infer<typeof addressPayloadSchema>): CitizenAddress | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const legacyText = cleanText(value);
    return legacyText ? { legacyText } : undefined;
  }
  const detail = cleanText(value.ChiTiet);
  const country = cleanText(value.QuocGia);
  const abroad = country !== undefined && !/^(vn|vnm|việt nam|viet nam)$/i.test(country);
  const address: CitizenAddress = {};
  // A district code means the codes are of the pre-2025 3-level system, whose numbers overlap
  // the 2025 codes: they cannot be used as 2-level codes, so only the text is kept.
  if (cleanCode(value.MaQuanHuyen, 3) !== undefined) {
    if (detail) address.legacyText = detail;
  } else {
    const provinceCode = cleanCode(value.MaTinhThanh, 2);
    const communeCode = cleanCode(value.MaPhuongXa, 5);
    if (provinceCode) address.provinceCode = provinceCode;
    if (communeCode) address.communeCode = communeCode;
    if (detail) address.detail = detail;
  }
  if (abroad) address.country = country;
  return Object.keys(address).length > 0 ? address : undefined;
}

/**
 * A citizen being assembled from a payload: the values mapped so far, where each came from in
 * the payload (so problems name the source's field), and the problems met on the way.
 */
export class CitizenDraft {
  readonly problems: IdentityProblem[] = [];
  private readonly values: Record<string, unknown> = {};
  private readonly origins = new Map<string, string>();

  constructor(private readonly source: IdentitySource) {}

  /** Sets a top-level or `relative.field` citizen value (ignoring `undefined`), remembering its payload path. */
  set(citizenPath: string, value: unknown, payloadPath: string): void {
    this.origins.set(citizenPath, payloadPath);
    if (value === undefined) return;
    const [head, tail] = citizenPath.split('.') as [string, string | undefined];
    if (tail === undefined) {
      this.values[head] = value;
    } else {
      const parent = (this.values[head] ??= {}) as Record<string, unknown>;
      parent[tail] = value;
    }
  }

  /** Records a problem about a citizen field (or, without `field`, about the payload). */
  problem(
    payloadPath: string,
    key: IdentityProblemKey,
    field?: string,
    params: Record<string, string | number> = {},
  ): void {
    const withField = field === undefined ? params : { field, ...params };
    this.problems.push(
      Object.keys(withField).length > 0 ? { path: payloadPath, key, params: withField } : { path: payloadPath, key },
    );
  }

  /** Validates the draft with `citizenSchema`, then the personal ID numbers; a citizen only when nothing is wrong. */
  finish(level: string | undefined, now: () => Date): IdentityResult {
    return this.validate({
      source: this.source,
      retrievedAt: now().toISOString(),
      ...(level === undefined ? {} : { level }),
    });
  }

  /** Takes the fields of an already-mapped citizen (everything but `assurance`) to validate them. */
  load(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) if (key !== 'assurance') this.values[key] = value;
  }

  /** Validates the values with `assurance` as given. */
  validate(assurance: unknown): IdentityResult {
    const input = { ...this.values, assurance };
    const parsed = citizenSchema.safeParse(input);
    const reported = new Set(this.problems.map((problem) => problem.params?.['field']));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) this.problem([...issue.path.map(String), key].join('.'), 'invalid');
          continue;
        }
        const field = fieldOf(issue.path.map(String));
        if (reported.has(field)) continue;
        reported.add(field);
        const missing = readPath(input, field) === undefined;
        this.problem(this.originOf(field), missing ? 'required' : keyForInvalid(field), field);
      }
    }
    this.checkPersonalIds(reported);
    if (this.problems.length > 0 || !parsed.success) return { ok: false, problems: this.problems };
    return { ok: true, citizen: parsed.data };
  }

  private checkPersonalIds(reported: Set<unknown>): void {
    const id = this.values['personalId'];
    if (typeof id === 'string' && !reported.has('personalId')) {
      const sex = this.values['sex'] as 'male' | 'female' | undefined;
      const birthDate = this.values['birthDate'] as string | undefined;
      for (const issue of checkPersonalId(id, { sex, birthDate }))
        this.problem(this.originOf('personalId'), personalIdIssueKeys[issue], 'personalId');
    }
    for (const relative of ['father', 'mother', 'spouse', 'householdHead']) {
      const field = `${relative}.personalId`;
      const relativeId = readPath(this.values, field);
      if (typeof relativeId !== 'string' || reported.has(field)) continue;
      const problem = personalIdProblem(relativeId);
      if (problem) this.problem(this.originOf(field), personalIdIssueKeys[problem], field);
    }
  }

  private originOf(field: string): string {
    return this.origins.get(field) ?? this.origins.get(field.split('.')[0]!) ?? field;
  }
}

/** The citizen path a schema issue is about: a public path when one matches, else its first segment. */
function fieldOf(segments: string[]): string {
  const two = segments.slice(0, 2).join('.');
  return (citizenPaths as readonly string[]).includes(two) ? two : (segments[0] ?? '');
}

function keyForInvalid(field: string): IdentityProblemKey {
  if (field === 'personalId' || field.endsWith('.personalId')) return 'personalIdDigits';
  if (field === 'birthDate') return 'date';
  if (field === 'phone' || field === 'email' || field === 'sex' || field === 'ethnicity') return field;
  return 'invalid';
}

function readPath(values: Record<string, unknown>, path: string): unknown {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Problems for a payload that does not have the source's shape (zod issues on the raw input). */
export function payloadProblems(
  error: z.core.$ZodError,
  fieldOfPayloadKey: Record<string, string>,
  payload: unknown,
): IdentityProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = fieldOfPayloadKey[path] ?? fieldOfPayloadKey[String(issue.path[0] ?? '')];
    // Read from the payload, not zod's message: zod/mini carries no message text.
    const missing =
      issue.code === 'invalid_type' &&
      payload !== null &&
      typeof payload === 'object' &&
      readPath(payload as Record<string, unknown>, path) === undefined;
    const key: IdentityProblemKey = path === '' ? 'payload' : missing ? 'required' : 'invalid';
    return field === undefined ? { path, key } : { path, key, params: { field } };
  });
}

/** Validates a citizen given directly (e.g. mapped by the host): `citizenSchema`, then the personal ID rules. */
export function validateCitizen(value: unknown): IdentityResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problems: [{ path: '', key: 'payload' }] };
  const record = value as Record<string, unknown>;
  const draft = new CitizenDraft('manual');
  draft.load(record);
  return draft.validate(record['assurance']);
}

export function defaultNow(): Date {
  return new Date();
}
