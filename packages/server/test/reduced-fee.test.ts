/** Issue 16: the reduced fee the citizen states in the answers is what the server charges. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onlineFeeTotal, type DvcServer } from '../src/index.js';
import { anonymousCookie, post, removeTempDirs, start } from './support/fixtures.js';

const proceduresDir = new URL('../../../schemas/procedures/', import.meta.url).pathname;
const judicialRecord = JSON.parse(
  readFileSync(join(proceduresDir, 'cap-phieu-ly-lich-tu-phap.json'), 'utf8'),
) as Record<string, unknown>;

describe('reduced fee (reducedWhen)', () => {
  let server: DvcServer;
  let url = '';
  before(async () => {
    ({ server, url } = await start({ proceduresDir }));
  });
  after(async () => {
    await server?.close();
    removeTempDirs();
  });

  it('prices the judicial record certificate at 100.000 đ with the reduced fee chosen, 200.000 đ otherwise', () => {
    assert.equal(onlineFeeTotal(judicialRecord), 200000);
    assert.equal(onlineFeeTotal(judicialRecord, { request: { feeCategory: 'thuong' } }), 200000);
    assert.equal(onlineFeeTotal(judicialRecord, { request: { feeCategory: 'giam' } }), 100000);
  });

  it('starts a payment of the reduced amount when the answers say so', async () => {
    const cookie = await anonymousCookie(url);
    const response = await post(
      `${url}/api/payments`,
      { procedureId: 'cap-phieu-ly-lich-tu-phap', answers: { request: { feeCategory: 'giam' } } },
      { cookie, 'idempotency-key': 'reduced-1' },
    );
    assert.equal(response.status, 201, await response.clone().text());
    const payment = (await response.json()) as { amount: number; vietQr?: { amount: number } };
    assert.equal(payment.amount, 100000);
    assert.equal(payment.vietQr?.amount, 100000);
  });
});
