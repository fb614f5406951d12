/**
 * Submission references: 80 random bits in Crockford's base32 (no I, L, O, U; read
 * case-insensitively, I/L as 1 and O as 0) with his mod-37 check symbol, grouped for reading
 * aloud: `DVC-7M2K-9QXA-04RT-HB3N-E`. Random, so a reference says nothing about others and
 * cannot be guessed; the check symbol catches one mistyped or two swapped characters.
 */
import { randomBytes } from 'node:crypto';

const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const checkSymbols = `${symbols}*~$=U`;
const dataLength = 16; // 16 × 5 = 80 bits

function checkSymbol(value: bigint): string {
  return checkSymbols[Number(value % 37n)] ?? '';
}

export function newReference(): string {
  const bytes = randomBytes(10);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let text = '';
  for (let index = 0; index < dataLength; index += 1)
    text = (symbols[Number((value >> BigInt(index * 5)) & 31n)] ?? '') + text;
  const groups = text.match(/.{4}/g) ?? [];
  return `DVC-${groups.join('-')}-${checkSymbol(value)}`;
}

/**
 * The canonical form of a typed reference (upper case, hyphens in place, confusable letters
 * mapped), or `undefined` when it is not one or its check symbol is wrong. Earlier sequential
 * references (`DVC-2026-000001`) pass through unchanged so stored records stay reachable.
 */
export function canonicalReference(typed: string): string | undefined {
  if (/^DVC-\d{4}-\d{6}$/.test(typed)) return typed;
  const compact = typed
    .toUpperCase()
    .replace(/^DVC/, '')
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (compact.length !== dataLength + 1) return undefined;
  let value = 0n;
  for (const character of compact.slice(0, dataLength)) {
    const digit = symbols.indexOf(character);
    if (digit < 0) return undefined;
    value = (value << 5n) | BigInt(digit);
  }
  if (checkSymbol(value) !== compact.slice(dataLength)) return undefined;
  const groups = compact.slice(0, dataLength).match(/.{4}/g) ?? [];
  return `DVC-${groups.join('-')}-${compact.slice(dataLength)}`;
}

/** An opaque random id with a prefix (payments, uploads, sessions): `bits` of entropy, base32. */
export function randomId(prefix: string, bits = 120): string {
  const bytes = randomBytes(Math.ceil(bits / 8));
  let text = '';
  let buffer = 0;
  let held = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    held += 8;
    while (held >= 5) {
      text += symbols[(buffer >> (held - 5)) & 31];
      held -= 5;
    }
    buffer &= (1 << held) - 1;
  }
  if (held > 0) text += symbols[(buffer << (5 - held)) & 31];
  return `${prefix}${text}`;
}
