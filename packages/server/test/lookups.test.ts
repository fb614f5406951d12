import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { amountDue, lookUp } from '../src/lookups.js';
import { bundleStatuses } from '../src/bundle-status.js';
import { onlineFeeTotal } from '../src/procedures.js';

const procedure = (id: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../schemas/procedures/${id}.json`, import.meta.url)), 'utf8'),
  ) as Record<string, unknown>;

describe('look-ups (synthetic traffic-fines register)', () => {
  const fines = procedure('nop-phat-vi-pham-giao-thong-qua-camera');

  it('finds one fine for an odd last digit, two for an even one, none for 0', () => {
    assert.deepEqual(
      lookUp(fines, { vehicle: { plate: '30A12345' } })?.items.map((item) => item.amount),
      [800_000],
    );
    assert.equal(lookUp(fines, { vehicle: { plate: '30A-123.44' } })?.total, 1_200_000);
    assert.deepEqual(lookUp(fines, { vehicle: { plate: '30A12340' } }), { items: [], total: 0 });
  });

  it('prices the payment from the look-up, and other procedures from their fees', () => {
    assert.equal(amountDue(fines, { vehicle: { plate: '29B99999' } }), 800_000);
    assert.equal(amountDue(fines, {}), 0);
    const residence = procedure('dang-ky-thuong-tru');
    assert.equal(lookUp(residence, {}), undefined);
    assert.equal(amountDue(residence, {}), onlineFeeTotal(residence));
    assert.equal(amountDue(residence, {}), 10_000);
  });
});

describe('bundle statuses', () => {
  const schedule = { processingAfterMs: 20_000, resultReadyAfterMs: 60_000 };
  const submittedAt = '2026-03-02T01:00:00.000Z';
  const at = (seconds: number): number => Date.parse(submittedAt) + seconds * 1000;
  const birth = procedure('lien-thong-khai-sinh-thuong-tru-bhyt');

  it('reports each service; those with `after` wait for the services they follow', () => {
    assert.deepEqual(bundleStatuses(birth, submittedAt, at(30), schedule), [
      { id: 'khai-sinh', status: 'processing' },
      { id: 'thuong-tru', status: 'received' },
      { id: 'bhyt', status: 'received' },
    ]);
    assert.deepEqual(bundleStatuses(birth, submittedAt, at(85), schedule), [
      { id: 'khai-sinh', status: 'result-ready' },
      { id: 'thuong-tru', status: 'processing' },
      { id: 'bhyt', status: 'processing' },
    ]);
    assert.ok(
      bundleStatuses(birth, submittedAt, at(130), schedule)?.every((service) => service.status === 'result-ready'),
    );
  });

  it('is undefined for a procedure that is not a bundle', () => {
    assert.equal(bundleStatuses(procedure('dang-ky-khai-sinh'), submittedAt, at(30), schedule), undefined);
  });
});
