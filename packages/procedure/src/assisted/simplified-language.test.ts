/**
 * The officer's simplified-language switch (issue 17, ADR 0014 amendment): the banner's switch makes the journey's
 * sentences that have a simpler version use it, and the step's fields show their `x-hint-simple`, in vi and en.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { settle } from '../../../../test/support/settle.js';
import { axNode, axeViolations, describeViolations } from '../../../../test/support/accessibility.js';
import { readableText } from '../../../../test/support/text.js';
import { citizen, definition, fakeAdapters } from '../test-support/journey.js';
import { click, expectAxeClean, form, typeInto } from '../test-support/driver.js';
import type { DvcProcedure } from '../procedure/procedure.js';
import { procedureDefinitionSchema } from '../procedure/definition-schema.js';
import { UploadsController } from '../procedure/controllers/uploads.js';

const hinted = {
  ...definition,
  dataSchema: {
    ...definition.dataSchema,
    properties: {
      ...definition.dataSchema.properties,
      fullName: {
        ...definition.dataSchema.properties.fullName,
        'x-hint': 'Ghi đầy đủ họ, chữ đệm và tên như trên Căn cước công dân',
        'x-hint-simple': 'Tên đầy đủ của bạn',
        'x-i18n': {
          en: {
            title: 'Full name',
            'x-hint': 'Family name, middle name and given name in full, as on the citizen identity card',
            'x-hint-simple': 'Your whole name',
          },
        },
      },
    },
  },
};

const texts = {
  vi: {
    start: 'Bắt đầu',
    decline: 'Tôi sẽ tự nhập',
    level: 'bạn làm tất cả trên mạng, không cần nộp giấy tờ bản giấy hay đến cơ quan.',
    levelSimple: 'Bạn làm mọi việc trên mạng. Không cần giấy tờ bản giấy. Không cần đến cơ quan.',
    hint: 'Ghi đầy đủ họ, chữ đệm và tên như trên Căn cước công dân',
    hintSimple: 'Tên đầy đủ của bạn',
  },
  en: {
    start: 'Start now',
    decline: 'I will type everything myself',
    level: 'you do everything online, with no paper documents to hand in and no visit.',
    levelSimple: 'You do it all online. No paper. No visit.',
    hint: 'Family name, middle name and given name in full, as on the citizen identity card',
    hintSimple: 'Your whole name',
  },
} as const;

async function identified(lang: 'vi' | 'en'): Promise<DvcProcedure> {
  const { adapters } = fakeAdapters();
  const element = await fixture<DvcProcedure>(
    html`<dvc-procedure lang=${lang} assisted officer-id="CB-042" .adapters=${adapters} .procedure=${hinted}>
    </dvc-procedure>`,
  );
  await settle(element);
  element.shadowRoot!.querySelector('dvc-assisted-intake')!.dispatchEvent(
    new CustomEvent('dvc-citizen-identified', {
      bubbles: true,
      composed: true,
      detail: {
        identity: {
          source: 'vneid',
          claims: { SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName, NgayThangNamSinh: '19880314' },
          prefillToken: 'qr-token',
        },
        assistance: { officerId: 'CB-042', consent: { method: 'spoken', confirmedAt: '2026-12-06T01:00:00Z' } },
        citizen,
      },
    }),
  );
  await settle(element);
  return element;
}

async function toggleSimplified(element: DvcProcedure): Promise<void> {
  const banner = element.shadowRoot!.querySelector('dvc-assisted-banner')!;
  banner.shadowRoot!.querySelector<HTMLInputElement>('input#simplified')!.click();
  await settle(element);
}

function startText(element: DvcProcedure): string {
  return readableText(element.shadowRoot!.querySelector('dvc-start-page')!);
}

async function nameHint(element: DvcProcedure): Promise<{ shown: string; description: string }> {
  const field = form(element).shadowRoot.querySelector<HTMLElement>('[data-pointer="/fullName"]')!;
  const input = field.querySelector('input')!;
  return {
    shown: field.querySelector('.hint')?.textContent?.trim() ?? '',
    description: (await axNode(input)).description ?? '',
  };
}

describe('dvc-procedure simplified language (the assisted banner’s switch)', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`changes the journey’s sentences and the step’s hints, and back, keeping answers (${lang})`, async () => {
      const text = texts[lang];
      const element = await identified(lang);
      expect(element.page).to.equal('start');
      expect(startText(element)).to.contain(text.level);
      expect(startText(element)).not.to.contain(text.levelSimple);

      await toggleSimplified(element);
      expect(element.simplifiedLanguage).to.equal(true);
      expect(element.hasAttribute('simplified-language')).to.equal(true);
      expect(startText(element)).to.contain(text.levelSimple);
      expect(startText(element)).not.to.contain(text.level);
      await expectAxeClean(element);

      await click(element, text.start);
      await click(element, text.decline, { prefix: true });
      expect(element.page).to.equal('step-ban-than');
      expect(form(element).hasAttribute('simplified-language'), 'the step form is told').to.equal(true);
      expect(await nameHint(element)).to.deep.equal({ shown: text.hintSimple, description: text.hintSimple });
      await expectAxeClean(element);
      await typeInto(element, '/fullName', citizen.fullName);

      await toggleSimplified(element);
      expect(element.hasAttribute('simplified-language')).to.equal(false);
      expect(await nameHint(element)).to.deep.equal({ shown: text.hint, description: text.hint });
      expect(element.journey().value).to.deep.include({ fullName: citizen.fullName });
    });
  }

  it('the declaration and documents pages word their sentences simply, with the same meaning, in vi and en', async () => {
    const parsed = procedureDefinitionSchema.parse(definition);
    const uploads = new UploadsController(
      { addController: () => undefined, requestUpdate: () => undefined } as never,
      () => undefined,
    );
    const expected = {
      vi: [
        'Tôi cam đoan những thông tin trên là đúng sự thật',
        'Tôi cam đoan mọi thông tin trên là đúng. Nếu sai, tôi chịu trách nhiệm trước pháp luật.',
        'Tải lên bản chụp hoặc bản quét rõ nét.',
        'Chụp ảnh từng giấy thật rõ rồi tải lên. Giấy nhà nước đã có thì chọn dùng lại.',
      ],
      en: [
        'I declare that the information I have given is true',
        'I promise all this information is true. If it is not, I answer for it before the law.',
        'Upload a clear photo or scan.',
        'Take a clear photo of each paper and upload it. If the state already has it, choose to reuse it.',
      ],
    } as const;
    for (const lang of ['vi', 'en'] as const) {
      const [declaration, declarationSimple, documents, documentsSimple] = expected[lang];
      const box = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <dvc-declaration-page .definition=${parsed}></dvc-declaration-page>
          <dvc-documents-page .definition=${parsed} .uploads=${uploads}></dvc-documents-page>
        </div>`,
      );
      const pages = [...box.children] as (LitElement & { simplifiedLanguage: boolean })[];
      await Promise.all(pages.map((page) => settle(page)));
      const label = (): string =>
        (box.querySelector('dvc-checkbox.declaration') as HTMLElement & { label: string }).label;
      expect(label()).to.contain(declaration);
      expect(readableText(pages[1]!)).to.contain(documents);
      for (const page of pages) page.simplifiedLanguage = true;
      await Promise.all(pages.map((page) => settle(page)));
      expect(label()).to.equal(declarationSimple);
      expect(readableText(pages[1]!)).to.contain(documentsSimple);
      expect(readableText(pages[1]!)).not.to.contain(documents);
      const violations = await axeViolations(box);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    }
  });
});
