/**
 * Look-ups of the reference server: what a citizen owes for a reference (procedure `lookup`).
 * The demo's register of camera-detected traffic fines is synthetic and deterministic: a plate
 * ending in 0 owes nothing, any other plate owes one or two fines. The amount to pay is always
 * computed here from the answers, never taken from the browser.
 */
import { onlineFeeTotal } from './procedures.js';

export interface OwedItem {
  readonly id: string;
  readonly title: { readonly vi: string; readonly en: string };
  readonly detail: { readonly vi: string; readonly en: string };
  readonly amount: number;
}

export interface LookupResult {
  readonly items: OwedItem[];
  readonly total: number;
}

/** The first string at `key` in an object or its direct child objects. */
function findString(value: unknown, key: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record[key] === 'string') return record[key];
  for (const child of Object.values(record)) {
    if (child !== null && typeof child === 'object' && typeof (child as Record<string, unknown>)[key] === 'string')
      return (child as Record<string, string>)[key];
  }
  return undefined;
}

function syntheticTrafficFines(plate: string): OwedItem[] {
  const normalized = plate.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const lastDigit = Number(normalized.at(-1));
  if (!normalized || Number.isNaN(lastDigit) || lastDigit === 0) return [];
  const fines: OwedItem[] = [
    {
      id: `QD-${normalized}-1`,
      title: {
        vi: `Quyết định xử phạt số ${lastDigit}01/QĐ-XPHC (dữ liệu mô phỏng)`,
        en: `Penalty decision no. ${lastDigit}01/QĐ-XPHC (synthetic data)`,
      },
      detail: {
        vi: 'Không chấp hành hiệu lệnh của đèn tín hiệu giao thông, ghi nhận qua camera',
        en: 'Failing to obey a traffic light, recorded by camera',
      },
      amount: 800_000,
    },
  ];
  if (lastDigit % 2 === 0) {
    fines.push({
      id: `QD-${normalized}-2`,
      title: {
        vi: `Quyết định xử phạt số ${lastDigit}02/QĐ-XPHC (dữ liệu mô phỏng)`,
        en: `Penalty decision no. ${lastDigit}02/QĐ-XPHC (synthetic data)`,
      },
      detail: { vi: 'Chạy quá tốc độ quy định, ghi nhận qua camera', en: 'Speeding, recorded by camera' },
      amount: 400_000,
    });
  }
  return fines;
}

/** What is owed for the answers `value`; `undefined` when the procedure has no look-up. */
export function lookUp(definition: Record<string, unknown>, value: unknown): LookupResult | undefined {
  const lookup = definition['lookup'] as { source?: unknown } | undefined;
  if (!lookup || lookup.source !== 'traffic-fines') return undefined;
  const items = syntheticTrafficFines(findString(value, 'plate') ?? '');
  return { items, total: items.reduce((sum, item) => sum + item.amount, 0) };
}

/** What the citizen pays online for an application: what the look-up finds, or the procedure's fees. */
export function amountDue(definition: Record<string, unknown>, value: unknown): number {
  return lookUp(definition, value)?.total ?? onlineFeeTotal(definition, value);
}
