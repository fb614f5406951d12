/**
 * The elements other parts of the kit build (CONTRACTS): `<dvc-assisted-intake>`,
 * `<dvc-assisted-banner>` and `<dvc-sign-page>` are rendered by tag and their events handled.
 * Here their events are sent as those elements would send them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { settle } from '../../../../test/support/settle.js';
import type { AssistanceRecord, SignatureResult } from '../adapters/types.js';
import { citizen, definition, fakeAdapters } from '../test-support/journey.js';
import { click, declare, draftAt, mount } from '../test-support/driver.js';
import type { DvcProcedure } from './procedure.js';

const assistance: AssistanceRecord = {
  officerId: 'CB-042',
  consent: { method: 'spoken', confirmedAt: '2026-12-06T01:00:00Z' },
};

describe('dvc-procedure and the elements of other parts (CONTRACTS)', () => {
  it('assisted: the intake comes first, its identity fills the form, the banner shows, the record is submitted', async () => {
    const { adapters, submissions } = fakeAdapters();
    let identityCalls = 0;
    const getIdentity = adapters.identity!.getIdentity;
    adapters.identity!.getIdentity = async (...args) => (identityCalls++, getIdentity(...args));
    const element = await fixture<DvcProcedure>(
      html`<dvc-procedure
        lang="vi"
        assisted
        officer-id="CB-042"
        .adapters=${adapters}
        .procedure=${definition}
      ></dvc-procedure>`,
    );
    await settle(element);
    expect(element.page).to.equal('assisted-intake');
    const intake = element.shadowRoot!.querySelector<HTMLElement & { officerId: string }>('dvc-assisted-intake')!;
    expect(intake.officerId).to.equal('CB-042');
    expect(identityCalls, 'the intake identifies the citizen, not the signed-in user').to.equal(0);
    element.page = 'review';
    await settle(element);
    expect(element.page, 'nothing opens before the citizen is identified').to.equal('assisted-intake');
    intake.dispatchEvent(
      new CustomEvent('dvc-citizen-identified', {
        bubbles: true,
        composed: true,
        detail: {
          identity: {
            source: 'vneid',
            claims: { SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName, NgayThangNamSinh: '19880314' },
          },
          assistance,
        },
      }),
    );
    await settle(element);
    expect(element.page).to.equal('start');
    const banner = element.shadowRoot!.querySelector('dvc-assisted-banner')!;
    expect(banner.getAttribute('officer-id')).to.equal('CB-042');
    banner.dispatchEvent(
      new CustomEvent('dvc-presentation-change', {
        bubbles: true,
        composed: true,
        detail: { largeText: true, simplified: false },
      }),
    );
    expect(element.hasAttribute('large-text')).to.be.true;
    expect(element.hasAttribute('simplified-language')).to.be.false;
    await click(element, 'Bắt đầu');
    expect(element.page, 'the intake’s identity can prefill: consent is asked').to.equal('consent');
    await click(element, 'Điền sẵn thông tin của tôi');
    expect(element.page).to.equal('step-ban-than');
    expect(element.shadowRoot!.querySelector('dvc-assisted-banner'), 'the banner stays above every page').to.exist;
    const payload = element.journey().submission();
    expect(payload.assistance, 'the record goes with the submission').to.deep.equal(assistance);
    expect(payload.prefillToken, 'the intake gave no token').to.equal(undefined);
    expect(submissions).to.have.length(0);
  });

  it('signing: the sign page gets the signed content and the signer; its signature is submitted', async () => {
    const signed = { ...definition, signing: { required: true } };
    const { adapters, submissions } = fakeAdapters({
      drafts: draftAt('declaration', {}, { uploads: [{ documentId: 'giay-to', source: 'held', reference: 'held-1' }] }),
      paid: true,
    });
    const signer = { sign: async () => signature };
    const signature: SignatureResult = {
      signature: 'h.p.s',
      certificateChain: ['MIIB'],
      signedAt: '2026-12-06T01:00:00Z',
    };
    const element = await mount({ ...adapters, signer }, 'vi', signed);
    await waitUntil(() => element.page === 'declaration', 'the draft opens the declaration');
    await declare(element);
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('sign');
    const page = element.shadowRoot!.querySelector<HTMLElement & { content: unknown; signer: unknown }>(
      'dvc-sign-page',
    )!;
    expect(page.signer).to.equal(signer);
    expect(page.content).to.deep.equal({
      procedureId: definition.id,
      value: { fullName: citizen.fullName, personalId: citizen.personalId, copies: 1 },
      documents: [{ documentId: 'giay-to', source: 'held', reference: 'held-1' }],
    });
    element.page = 'payment';
    await settle(element);
    expect(element.page, 'no payment before signing').to.equal('sign');
    page.dispatchEvent(new CustomEvent('dvc-signed', { bubbles: true, composed: true, detail: signature }));
    await settle(element);
    expect(element.page).to.equal('payment');
    await click(element, 'Thanh toán 10.000 ₫');
    await click(element, 'Mô phỏng thanh toán thành công');
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('confirmation');
    expect(submissions[0]!.payload.signature).to.deep.equal(signature);
  });
});
