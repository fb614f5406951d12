/**
 * The default draft store: IndexedDB, every draft encrypted with AES-GCM under one
 * non-extractable WebCrypto key that never leaves this browser profile (see
 * docs/decisions/0004-drafts-encryption-and-idempotency.md for what this does and does not
 * protect against). Drafts expire; locked identity values are never written.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { AdapterError } from '../adapters/errors.js';
import { draftSchema, type Draft, type SaveDraftOptions, type StorageAdapter } from '../adapters/types.js';
import { withoutPointers } from './locked-values.js';

export interface IndexedDbDraftStorageOptions {
  /** Database name (default `dvc-drafts`); one per portal origin is enough. */
  readonly databaseName?: string;
  /** How long a draft lives after its last save, ms (default 30 days). */
  readonly expiresAfterMs?: number;
  readonly now?: () => number;
}

/** What one draft looks like at rest: nothing readable but the procedure id and the times. */
export interface StoredDraft {
  readonly procedureId: string;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: ArrayBuffer;
  readonly savedAt: number;
  readonly expiresAt: number;
}

interface DraftDatabase extends DBSchema {
  keys: { key: string; value: CryptoKey };
  drafts: { key: string; value: StoredDraft };
}

export const defaultDraftLifetimeMs = 30 * 24 * 60 * 60 * 1000;
const keyId = 'draft-key';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface IndexedDbDraftStorage extends StorageAdapter {
  /** The stored (encrypted) record, for inspection and tests. */
  readRaw(procedureId: string): Promise<StoredDraft | undefined>;
  /** The encryption key (non-extractable): for tests that prove it cannot be exported. */
  encryptionKey(): Promise<CryptoKey>;
  /** Closes the database connection. */
  close(): Promise<void>;
}

export function createIndexedDbDraftStorage(options: IndexedDbDraftStorageOptions = {}): IndexedDbDraftStorage {
  const databaseName = options.databaseName ?? 'dvc-drafts';
  const lifetime = options.expiresAfterMs ?? defaultDraftLifetimeMs;
  const now = options.now ?? Date.now;
  let database: Promise<IDBPDatabase<DraftDatabase>> | undefined;
  let key: Promise<CryptoKey> | undefined;

  const open = (): Promise<IDBPDatabase<DraftDatabase>> =>
    (database ??= openDB<DraftDatabase>(databaseName, 1, {
      upgrade(db) {
        db.createObjectStore('keys');
        db.createObjectStore('drafts', { keyPath: 'procedureId' });
      },
    }));

  /** The key generated once, then read back; two tabs racing to create it both end with the first one stored. */
  const getKey = (): Promise<CryptoKey> =>
    (key ??= (async () => {
      const db = await open();
      const existing = await db.get('keys', keyId);
      if (existing) return existing;
      const created = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      try {
        await db.add('keys', created, keyId);
        return created;
      } catch {
        const winner = await db.get('keys', keyId);
        if (!winner) throw new AdapterError('storage');
        return winner;
      }
    })().catch((problem: unknown) => {
      key = undefined;
      throw problem;
    }));

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (problem) {
      throw problem instanceof AdapterError ? problem : new AdapterError('storage', { cause: problem });
    }
  };

  // The procedure id is bound to the ciphertext as additional data: a record copied under another id does not decrypt.
  const additionalData = (procedureId: string): Uint8Array<ArrayBuffer> => encoder.encode(`dvc-draft:${procedureId}`);

  return {
    load: (procedureId) =>
      guard(async () => {
        const db = await open();
        const stored = await db.get('drafts', procedureId);
        if (!stored) return null;
        if (stored.expiresAt <= now()) {
          await db.delete('drafts', procedureId);
          return null;
        }
        let plaintext: ArrayBuffer;
        try {
          plaintext = await crypto.subtle.decrypt(
            { name: 'AES-GCM', iv: stored.iv, additionalData: additionalData(procedureId) },
            await getKey(),
            stored.ciphertext,
          );
        } catch {
          // Tampered, or encrypted under a key that is gone: unusable, so not kept.
          await db.delete('drafts', procedureId);
          return null;
        }
        const parsed = draftSchema.safeParse(JSON.parse(decoder.decode(plaintext)));
        if (!parsed.success) {
          await db.delete('drafts', procedureId);
          return null;
        }
        return parsed.data;
      }),

    save: (procedureId, draft, saveOptions: SaveDraftOptions = {}) =>
      guard(async () => {
        const checked = draftSchema.parse(draft);
        const toStore: Draft = {
          ...checked,
          answers: withoutPointers(checked.answers, saveOptions.lockedPointers ?? []),
        };
        // A fresh 96-bit IV for every write: GCM must never reuse an IV under the same key.
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const ciphertext = await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: additionalData(procedureId) },
          await getKey(),
          encoder.encode(JSON.stringify(toStore)),
        );
        const savedAt = now();
        const db = await open();
        await db.put('drafts', { procedureId, iv, ciphertext, savedAt, expiresAt: savedAt + lifetime });
      }),

    clear: (procedureId) =>
      guard(async () => {
        const db = await open();
        await db.delete('drafts', procedureId);
      }),

    readRaw: async (procedureId) => (await open()).get('drafts', procedureId),
    encryptionKey: getKey,
    close: async () => {
      if (database) (await database).close();
      database = undefined;
      key = undefined;
    },
  };
}
