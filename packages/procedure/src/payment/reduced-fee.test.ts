import { expect } from '@open-wc/testing';
import { feeSummary } from './fees.js';

// Issue 16: choosing the reduced fee (with proof) charged the standard fee.
describe('reduced fee stated in the answers', () => {
  it('charges 100.000 ₫ when the citizen chose the reduced fee, 200.000 ₫ otherwise', async () => {
    const response = await fetch(
      new URL('../../../../schemas/procedures/cap-phieu-ly-lich-tu-phap.json', import.meta.url),
    );
    const definition = (await response.json()) as { fees: unknown[] };
    expect(feeSummary(definition.fees).total, 'before any answer').to.equal(200000);
    expect(feeSummary(definition.fees, { request: { feeCategory: 'thuong' } }).total).to.equal(200000);
    const reduced = feeSummary(definition.fees, { request: { feeCategory: 'giam' } });
    expect(reduced.total).to.equal(100000);
    expect(reduced.formattedTotal).to.equal('100.000\u00a0₫');
  });
});
