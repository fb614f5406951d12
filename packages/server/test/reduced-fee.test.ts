/** Issue 16: the reduced fee the citizen states in the answers is what the server charges. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, onlineFeeTotal, type DvcServer } from '../src/index.js';

const proceduresDir = new URL('../../../schemas/procedures/', import.meta.url).pathname;
const judicialRecord = JSON.parse(readFileSync(join(proceduresDir, 'cap-phieu-ly-lich-tu-phap.json'), 'utf8')) as Record<string, unknown>;

describe('reduced fee (reducedWhen)', () => {
  let server: DvcServer;
  let url = '';
  let dataDir = '';
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dvc-reduced-fee-'));
    server = await createServer({ dataDir, proceduresDir });
    url = await server.listen(0, '127.0.0.1');
  });
  after(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prices the judicial record certificate at 100.000 đ with the reduced fee chosen, 200.000 đ otherwise', () => {
    assert.equal(onlineFeeTotal(judicialRecord), 200000);
    assert.equal(onlineFeeTotal(judicialRecord, { request: { feeCategory: 'thuong' } }), 200000);
    assert.equal(onlineFeeTotal(judicialRecord, { request: { feeCategory: 'giam' } }), 100000);
  });

  it('starts a payment of the reduced amount when the answers say so', async () => {
    const response = await fetch(`${url}/api/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'reduced-1' },
      body: JSON.stringify({ procedureId: 'cap-phieu-ly-lich-tu-phap', answers: { request: { feeCategory: 'giam' } } }),
    });
    assert.equal(response.status, 201);
    const payment = (await response.json()) as { amount: number; vietQr?: { amount: number } };
    assert.equal(payment.amount, 100000);
    assert.equal(payment.vietQr?.amount, 100000);
  });
});
