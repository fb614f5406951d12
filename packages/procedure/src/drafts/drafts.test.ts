import { expect } from '@open-wc/testing';
import { AdapterError } from '../adapters/errors.js';
import type { Draft } from '../adapters/types.js';
import { openDB } from 'idb';
import {
  createIndexedDbDraftStorage,
  defaultDraftLifetimeMs,
  type IndexedDbDraftStorage,
  type StoredDraft,
} from './indexeddb-storage.js';
import { withoutPointers } from './locked-values.js';

const draft = (): Draft => ({
  stepId: 'parents',
  answers: {
    child: { fullName: 'Lò Thị Mai Anh', birthDate: '2026-01-15' },
    mother: { fullName: 'Lò Thị Hoa', personalId: '011190012345' },
    notes: 'Sinh tại nhà hộ sinh xã Mường Thanh',
  },
  uploads: [
    {
      documentId: 'birth-certificate',
      source: 'upload',
      reference: 'upload-7f3a',
      name: 'giay-chung-sinh.pdf',
      size: 182044,
      type: 'application/pdf',
    },
  ],
  updatedAt: '2026-02-01T09:30:00+07:00',
});

let databaseCount = 0;
const storages: IndexedDbDraftStorage[] = [];
function storage(
  options: { now?: () => number; expiresAfterMs?: number; databaseName?: string } = {},
): IndexedDbDraftStorage {
  databaseCount += 1;
  const created = createIndexedDbDraftStorage({
    databaseName: `dvc-drafts-test-${Date.now()}-${databaseCount}`,
    ...options,
  });
  storages.push(created);
  return created;
}

function bytesContain(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('IndexedDB draft storage', () => {
  afterEach(async () => {
    for (const opened of storages.splice(0)) await opened.close();
  });

  it('round-trips a draft: step, answers, upload references, updatedAt', async () => {
    const drafts = storage();
    expect(await drafts.load('birth-registration')).to.equal(null);
    await drafts.save('birth-registration', draft());
    expect(await drafts.load('birth-registration')).to.deep.equal(draft());
    expect(await drafts.load('marriage-registration')).to.equal(null);
    await drafts.save('birth-registration', {
      ...draft(),
      stepId: 'review',
      submissionKey: 'f3b0c9e2-1d1e-4c55-9d7a-0b1c2d3e4f50',
    });
    expect(await drafts.load('birth-registration')).to.deep.equal({
      ...draft(),
      stepId: 'review',
      submissionKey: 'f3b0c9e2-1d1e-4c55-9d7a-0b1c2d3e4f50',
    });
  });

  it('keeps only ciphertext in IndexedDB, with a fresh 12-byte IV per write', async () => {
    const drafts = storage();
    await drafts.save('birth-registration', draft());
    const first = await drafts.readRaw('birth-registration');
    expect(first?.iv.byteLength).to.equal(12);
    const stored = new Uint8Array(first?.ciphertext ?? new ArrayBuffer(0));
    expect(stored.byteLength).to.be.greaterThan(100);
    const encoder = new TextEncoder();
    for (const plain of ['Lò Thị Mai Anh', 'upload-7f3a', 'parents', 'giay-chung-sinh', 'fullName', '011190012345']) {
      expect(bytesContain(stored, encoder.encode(plain)), plain).to.equal(false);
    }
    // The whole record, as structured clone would expose it, has no readable answer either.
    expect(JSON.stringify({ ...first, ciphertext: [...stored] })).not.to.contain('Mai Anh');
    await drafts.save('birth-registration', draft());
    const second = await drafts.readRaw('birth-registration');
    expect([...(second?.iv ?? [])]).not.to.deep.equal([...(first?.iv ?? [])]);
  });

  it('encrypts under one non-extractable AES-GCM key that survives reopening the database', async () => {
    const name = `dvc-drafts-test-key-${Date.now()}`;
    const drafts = storage({ databaseName: name });
    await drafts.save('birth-registration', draft());
    const key = await drafts.encryptionKey();
    expect(key.extractable).to.equal(false);
    expect(key.algorithm.name).to.equal('AES-GCM');
    expect(key.usages.slice().sort()).to.deep.equal(['decrypt', 'encrypt']);
    let exportError: unknown;
    try {
      await crypto.subtle.exportKey('raw', key);
    } catch (problem) {
      exportError = problem;
    }
    expect((exportError as DOMException | undefined)?.name).to.equal('InvalidAccessError');
    await drafts.close();
    const reopened = storage({ databaseName: name });
    expect(await reopened.load('birth-registration')).to.deep.equal(draft());
  });

  it('deletes an expired draft when it is read (30 days by default, configurable)', async () => {
    let now = Date.parse('2026-02-01T02:30:00Z');
    const drafts = storage({ now: () => now });
    await drafts.save('birth-registration', draft());
    expect((await drafts.readRaw('birth-registration'))?.expiresAt).to.equal(now + defaultDraftLifetimeMs);
    now += defaultDraftLifetimeMs - 1;
    expect(await drafts.load('birth-registration')).to.deep.equal(draft());
    now += 1;
    expect(await drafts.load('birth-registration')).to.equal(null);
    expect(await drafts.readRaw('birth-registration')).to.equal(undefined);

    const shortLived = storage({ now: () => now, expiresAfterMs: 60_000 });
    await shortLived.save('birth-registration', draft());
    now += 59_999;
    expect(await shortLived.load('birth-registration')).not.to.equal(null);
    now += 1;
    expect(await shortLived.load('birth-registration')).to.equal(null);
  });

  it('does not store locked identity values (they are prefilled again on resume)', async () => {
    const drafts = storage();
    await drafts.save('birth-registration', draft(), {
      lockedPointers: ['/mother/fullName', '/mother/personalId', '/absent/field'],
    });
    const loaded = await drafts.load('birth-registration');
    expect(loaded?.answers['mother']).to.deep.equal({});
    expect(loaded?.answers['child']).to.deep.equal(draft().answers['child']);
    expect(loaded?.answers['notes']).to.equal(draft().answers['notes']);
  });

  it('clears a draft explicitly', async () => {
    const drafts = storage();
    await drafts.save('birth-registration', draft());
    await drafts.save('marriage-registration', { ...draft(), stepId: 'spouse' });
    await drafts.clear('birth-registration');
    expect(await drafts.load('birth-registration')).to.equal(null);
    expect((await drafts.load('marriage-registration'))?.stepId).to.equal('spouse');
  });

  it('drops a tampered record instead of returning it', async () => {
    const name = `dvc-drafts-test-tamper-${Date.now()}`;
    const drafts = storage({ databaseName: name });
    await drafts.save('birth-registration', draft());
    await drafts.close();
    const db = await openDB(name);
    const raw = (await db.get('drafts', 'birth-registration')) as StoredDraft;
    const bytes = new Uint8Array(raw.ciphertext);
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    await db.put('drafts', { ...raw, ciphertext: bytes.buffer });
    db.close();
    const reopened = storage({ databaseName: name });
    expect(await reopened.load('birth-registration')).to.equal(null);
    expect(await reopened.readRaw('birth-registration')).to.equal(undefined);
  });

  it('refuses a malformed draft with a storage error', async () => {
    let thrown: unknown;
    try {
      await storage().save('birth-registration', { stepId: '', answers: {}, uploads: [], updatedAt: 'yesterday' });
    } catch (problem) {
      thrown = problem;
    }
    expect(thrown).to.be.instanceOf(AdapterError);
    expect((thrown as AdapterError).code).to.equal('storage');
    expect((thrown as AdapterError).messageKey).to.equal('dvc-procedure:error.storage');
  });
});

describe('withoutPointers', () => {
  it('removes object members and blanks array items, leaving the input untouched', () => {
    const answers = { a: { b: 1, c: 2 }, list: [{ id: 'x' }, { id: 'y' }], 'k/ey': 3 };
    expect(withoutPointers(answers, ['/a/b', '/list/0', '/k~1ey', '/missing/deep'])).to.deep.equal({
      a: { c: 2 },
      list: [null, { id: 'y' }],
    });
    expect(answers.a.b).to.equal(1);
    expect(() => withoutPointers(answers, ['a/b'])).to.throw(RangeError);
  });
});
