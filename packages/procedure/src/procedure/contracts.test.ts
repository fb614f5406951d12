/**
 * The elements other parts of the kit build (CONTRACTS): `<dvc-assisted-intake>`,
 * `<dvc-assisted-banner>` and `<dvc-sign-page>` are rendered by tag and their events handled.
 * Here their events are sent as those elements would send them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { settle } from '../../../../test/support/settle.js';
import type { AssistanceRecord, SignatureResult } from '../adapters/types.js';
import { citizen, definition, fakeAdapters } from '../test-support/journey.js';
import { click, continueForm, declare, draftAt, expectAxeClean, mount, typeInto } from '../test-support/driver.js';
import { readableText } from '../../../../test/support/text.js';
import type { DvcProcedure } from './procedure.js';

const assistance: AssistanceRecord = {
  officerId: 'CB-042',
  consent: { method: 'spoken', confirmedAt: '2026-12-06T01:00:00Z' },
};

describe('dvc-procedure and the elements of other parts (CONTRACTS)', () => {
  it('assisted: the intake comes first, its identity fills the form, the banner names both, the record and token are submitted, the receipt names the officer', async () => {
    const { adapters, submissions } = fakeAdapters();
    let identityCalls = 0;
    let heldCalls = 0;
    const getIdentity = adapters.identity!.getIdentity;
    adapters.identity!.getIdentity = async (...args) => (identityCalls++, getIdentity(...args));
    adapters.documents!.listDocuments = async () => (heldCalls++, []);
    const element = await fixture<DvcProcedure>(
      html`<dvc-procedure
        lang="vi"
        assisted
        officer-id="CB-042"
        officer-name="Lê Thị Thu"
        status-href="/status.html?ref={reference}"
        .adapters=${adapters}
        .procedure=${definition}
      ></dvc-procedure>`,
    );
    await settle(element);
    expect(element.page).to.equal('assisted-intake');
    const intake = element.shadowRoot!.querySelector<HTMLElement & { officerId: string; officerName: string }>(
      'dvc-assisted-intake',
    )!;
    expect([intake.officerId, intake.officerName]).to.deep.equal(['CB-042', 'Lê Thị Thu']);
    expect(identityCalls, 'the intake identifies the citizen, not the signed-in user').to.equal(0);
    expect(heldCalls, 'the signed-in user’s held documents are not offered for another citizen').to.equal(0);
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
            prefillToken: 'qr-token',
          },
          assistance,
          citizen,
        },
      }),
    );
    await settle(element);
    expect(element.page).to.equal('start');
    const banner = element.shadowRoot!.querySelector('dvc-assisted-banner')!;
    expect(['officer-id', 'officer-name', 'citizen-name'].map((name) => banner.getAttribute(name))).to.deep.equal([
      'CB-042',
      'Lê Thị Thu',
      citizen.fullName,
    ]);
    const heading = element.shadowRoot!.querySelector('h1')!;
    const normalSize = parseFloat(getComputedStyle(heading).fontSize);
    banner.dispatchEvent(
      new CustomEvent('dvc-presentation-change', {
        bubbles: true,
        composed: true,
        detail: { largeText: true, simplified: false },
      }),
    );
    expect(element.hasAttribute('large-text')).to.be.true;
    expect(element.hasAttribute('simplified-language')).to.be.false;
    expect(parseFloat(getComputedStyle(heading).fontSize), 'large text scales the tokens').to.be.above(normalSize);
    await click(element, 'Bắt đầu');
    expect(element.page, 'the intake’s identity can prefill: consent is asked').to.equal('consent');
    await click(element, 'Tôi sẽ tự nhập', { prefix: true });
    expect(element.page).to.equal('step-ban-than');
    expect(element.shadowRoot!.querySelector('dvc-assisted-banner'), 'the banner stays above every page').to.exist;
    const payload = element.journey().submission();
    expect(payload.assistance, 'the record goes with the submission').to.deep.equal(assistance);
    expect(payload.prefillToken, 'the intake’s token goes too, prefill declined or not').to.equal('qr-token');
    expect(submissions).to.have.length(0);
    await typeInto(element, '/fullName', citizen.fullName);
    await typeInto(element, '/personalId', citizen.personalId);
    await continueForm(element);
    await typeInto(element, '/copies', '1');
    await continueForm(element);
    expect(element.page).to.equal('documents');
    const documents = element.shadowRoot!.querySelector('dvc-documents-page')!;
    documents.dispatchEvent(
      new CustomEvent('dvc-document-files', {
        bubbles: true,
        composed: true,
        detail: {
          document: definition.documents[0],
          files: [new File(['%PDF-1.4'], 'giay.pdf', { type: 'application/pdf' })],
          control: documents,
        },
      }),
    );
    await settle(element);
    await click(element, 'Tiếp tục');
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('declaration');
    await declare(element);
    await click(element, 'Tiếp tục');
    await click(element, 'Thanh toán 10.000 ₫');
    await click(element, 'Mô phỏng thanh toán thành công');
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('confirmation');
    expect(submissions[0]!.payload.prefillToken).to.equal('qr-token');
    expect(submissions[0]!.payload.assistance).to.deep.equal(assistance);
    const receipt = element.shadowRoot!.querySelector<LitElement>('dvc-receipt')!;
    await settle(receipt);
    expect(receipt.getAttribute('status-href')).to.equal(`${location.origin}/status.html?ref=DVC-2026-000001`);
    expect(receipt.getAttribute('assisted-by')).to.equal('Lê Thị Thu');
    expect(receipt.getAttribute('procedure-title')).to.equal(definition.title.vi);
    expect(readableText(receipt.shadowRoot!)).to.contain('Nộp với sự hỗ trợ của Lê Thị Thu');
    await expectAxeClean(element);
  });

  it('assisted set after the journey loaded (a portal learns of its officer late): the intake opens, the visitor’s identity and draft are dropped', async () => {
    const { adapters } = fakeAdapters({ drafts: draftAt('step-ban-sao') });
    const element = await mount(adapters, 'vi');
    await waitUntil(() => element.page === 'step-ban-sao', 'the visitor’s draft opened');
    const refused: unknown[] = [];
    element.addEventListener('dvc-page-refused', (event) => refused.push(event.detail));
    element.setAttribute('officer-id', 'CB-042');
    element.assisted = true;
    await settle(element);
    await waitUntil(() => element.page === 'assisted-intake', 'the intake opens');
    await settle(element);
    expect(element.page).to.equal('assisted-intake');
    expect(element.identity, 'the visitor’s identity is not the citizen’s').to.equal(undefined);
    expect(element.restoredAt, 'the visitor’s draft is not the citizen’s').to.equal(undefined);
    expect(element.journey().value).to.deep.equal({});
    expect(refused, 'no refusal: the intake is simply the first page').to.deep.equal([]);
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
