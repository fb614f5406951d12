/** The journey's page elements on their own: their events, and the review's rows made once per visit. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mapClaims } from '@dvc/identity';
import { axeViolations, describeViolations } from '../../../../../test/support/accessibility.js';
import { settle } from '../../../../../test/support/settle.js';
import { Journey } from '../../journey/journey.js';
import { procedureDefinitionSchema } from '../definition-schema.js';
import { UploadsController } from '../controllers/uploads.js';
import { heldTypesByDocumentKind } from '../../adapters/held-documents.js';
import { citizen, definition as rawDefinition } from '../../test-support/journey.js';
import '../../define.js';
import type { DvcConsentDetail } from './consent-page.js';
import type { DvcStartPage } from './start-page.js';
import type { DvcReviewPage } from './review-page.js';
import type { DvcDeclarationPage } from './declaration-page.js';

const definition = procedureDefinitionSchema.parse(rawDefinition);

async function expectAxeClean(element: HTMLElement): Promise<void> {
  const violations = await axeViolations(element);
  expect(violations, describeViolations(violations)).to.deep.equal([]);
}

function buttonIn(root: ParentNode, text: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('dvc-button')].find(
    (candidate) => (candidate.textContent ?? '').replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

describe('journey page elements', () => {
  it('the start page fires dvc-continue from its Start button', async () => {
    const page = await fixture<DvcStartPage>(
      html`<dvc-start-page lang="vi" .definition=${definition}></dvc-start-page>`,
    );
    await settle(page);
    const continued = oneEvent(page, 'dvc-continue');
    buttonIn(page, 'Bắt đầu').click();
    expect(await continued).to.exist;
  });

  it('the declaration page asks for the box first, with a focused error summary, then fires dvc-continue', async () => {
    const page = await fixture<DvcDeclarationPage>(
      html`<dvc-declaration-page
        lang="vi"
        .definition=${definition}
        continue-label="Gửi hồ sơ"
      ></dvc-declaration-page>`,
    );
    let continued = 0;
    page.addEventListener('dvc-continue', () => (continued += 1));
    buttonIn(page, 'Gửi hồ sơ').click();
    await settle(page);
    await page.updateComplete;
    expect(continued).to.equal(0);
    expect((page.querySelector('dvc-checkbox.declaration') as HTMLElement & { error: string }).error).to.equal(
      'Đánh dấu vào ô cam đoan để gửi hồ sơ',
    );
    const summary = page.querySelector('dvc-error-summary')!;
    expect(summary).to.exist;
    expect(document.activeElement === summary || summary.contains(document.activeElement)).to.be.true;
    await expectAxeClean(page);
    const declared = oneEvent(page, 'dvc-declaration');
    page
      .querySelector('dvc-checkbox.declaration')!
      .dispatchEvent(new CustomEvent('dvc-change', { detail: { value: true } }));
    expect(((await declared) as CustomEvent<{ declared: boolean }>).detail).to.deep.equal({ declared: true });
    buttonIn(page, 'Gửi hồ sơ').click();
    expect(continued).to.equal(1);
  });

  it('the consent page is the form’s own disclosure and fires dvc-consent (the form’s event stays inside)', async () => {
    const mapped = mapClaims('vneid', {
      SoDinhDanh: citizen.personalId,
      HoVaTen: citizen.fullName,
      NgayThangNamSinh: '19880314',
    });
    if (!mapped.ok) throw new Error('the synthetic claims map');
    const identity = { citizen: mapped.citizen, prefillToken: 't' };
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="vi">
        <dvc-consent-page
          .definition=${definition}
          .schema=${new Journey({ definition, answers: {} }).schema}
          .identity=${identity}
        ></dvc-consent-page>
      </div>`,
    );
    const page = outer.querySelector('dvc-consent-page')!;
    await settle(page);
    const inner = page.querySelector('dvc-form')!;
    await settle(inner);
    const leaked: Event[] = [];
    outer.addEventListener('dvc-identity-consent', (event) => leaked.push(event));
    const chosen = oneEvent(page, 'dvc-consent');
    buttonIn(inner.shadowRoot!, 'Tôi sẽ tự nhập').click();
    expect(((await chosen) as CustomEvent<DvcConsentDetail>).detail).to.deep.equal({ choice: 'declined' });
    expect(leaked).to.have.length(0);
  });

  it('the review page makes its rows once per journey, not on every render', async () => {
    const journey = new Journey({ definition, answers: { fullName: 'Phạm Hùng', copies: 2 } });
    let reviews = 0;
    const review = journey.review.bind(journey);
    journey.review = (language: string) => ((reviews += 1), review(language));
    const page = await fixture<DvcReviewPage>(
      html`<dvc-review-page lang="vi" .definition=${definition} .journey=${journey}></dvc-review-page>`,
    );
    await settle(page);
    expect(reviews).to.equal(1);
    const rows = page.querySelectorAll<HTMLElement & { rows: { key: string; value: string }[] }>('dvc-summary-list');
    expect(rows[1]!.rows.map((row) => [row.key, row.value])).to.deep.equal([['Số bản sao', '2']]);
    page.busy = true;
    await settle(page);
    page.busy = false;
    await settle(page);
    expect(reviews, 'no new rows for a re-render').to.equal(1);
    page.journey = new Journey({ definition, answers: { copies: 3 } });
    await settle(page);
    await expectAxeClean(page);
    expect(
      page.querySelectorAll<HTMLElement & { rows: { value: string }[] }>('dvc-summary-list')[1]!.rows[0]!.value,
    ).to.equal('3');
  });

  it('the documents page offers a held document for every document kind the contract maps (reusableHeldDocuments)', async () => {
    const kinds = Object.keys(heldTypesByDocumentKind);
    const withKinds = procedureDefinitionSchema.parse({
      ...rawDefinition,
      documents: kinds.map((id) => ({
        id,
        title: { vi: id, en: id },
        required: true,
        reusableFrom: { source: 'other' },
      })),
    });
    const uploads = new UploadsController(
      { addController: () => undefined, requestUpdate: () => undefined } as never,
      () => undefined,
    );
    uploads.held = kinds.map((kind, index) => ({
      id: `held-${index}`,
      type: heldTypesByDocumentKind[kind]![0]!,
      title: { vi: `Giấy tờ ${index}` },
      issuedAt: '2026-01-01',
      issuer: { vi: 'Cơ quan' },
    }));
    const page = await fixture<LitElement>(
      html`<dvc-documents-page lang="vi" .definition=${withKinds} .uploads=${uploads}></dvc-documents-page>`,
    );
    await settle(page);
    // Each kind offers the held document of its mapped type (kinds that share a type offer the others' too).
    const radios = [...page.querySelectorAll<HTMLElement & { options: { value: string }[] }>('dvc-radios')];
    expect(radios.map((element) => element.dataset['document'])).to.deep.equal(kinds);
    for (const [index, element] of radios.entries())
      expect(
        element.options.map(({ value }) => value),
        kinds[index],
      ).to.include(`held:held-${index}`);
  });

  it('the documents page offers a held document for a kind the kit does not know, by the types its procedure names', async () => {
    const unknownKind = procedureDefinitionSchema.parse({
      ...rawDefinition,
      documents: [
        {
          id: 'ban-sao-khai-sinh',
          title: { vi: 'Bản sao giấy khai sinh', en: 'Copy of the birth certificate' },
          required: true,
          reusableFrom: { source: 'civil-status', heldTypes: ['birth-certificate'] },
        },
      ],
    });
    const uploads = new UploadsController(
      { addController: () => undefined, requestUpdate: () => undefined } as never,
      () => undefined,
    );
    uploads.held = [
      {
        id: 'khai-sinh-1',
        type: 'birth-certificate',
        title: { vi: 'Giấy khai sinh' },
        issuedAt: '2000-01-02',
        issuer: { vi: 'UBND' },
      },
      {
        id: 'ket-hon-1',
        type: 'marriage-certificate',
        title: { vi: 'Giấy chứng nhận kết hôn' },
        issuedAt: '2020-01-02',
        issuer: { vi: 'UBND' },
      },
    ];
    const page = await fixture<LitElement>(
      html`<dvc-documents-page lang="vi" .definition=${unknownKind} .uploads=${uploads}></dvc-documents-page>`,
    );
    await settle(page);
    const radios = page.querySelector<HTMLElement & { options: { value: string }[] }>(
      'dvc-radios[data-document="ban-sao-khai-sinh"]',
    );
    expect(radios, 'reuse is offered').to.exist;
    const values = radios!.options.map(({ value }) => value);
    expect(values).to.include('held:khai-sinh-1');
    expect(values, 'only the named type').to.not.include('held:ket-hon-1');
    await expectAxeClean(page);
  });
});
