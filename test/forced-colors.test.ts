/**
 * Windows High Contrast / forced-colors mode: every focusable part of every control keeps a
 * visible focus indicator (box-shadows are dropped in that mode, so outlines or borders must
 * carry it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@dvc/components/define-all.js';
import { contrastRatio } from '@dvc/tokens';
import { emulateMediaFeatures } from './support/accessibility.js';

const options = [
  { value: 'a', label: 'Có' },
  { value: 'b', label: 'Không' },
];

const cases: {
  readonly name: string;
  readonly template: TemplateResult;
  readonly setup?: (element: HTMLElement) => void;
}[] = [
  { name: 'dvc-text-input', template: html`<dvc-text-input label="Họ và tên"></dvc-text-input>` },
  { name: 'dvc-textarea', template: html`<dvc-textarea label="Nội dung"></dvc-textarea>` },
  { name: 'dvc-select', template: html`<dvc-select label="Tỉnh" .options=${options}></dvc-select>` },
  { name: 'dvc-radios', template: html`<dvc-radios label="Đồng ý" .options=${options}></dvc-radios>` },
  { name: 'dvc-checkboxes', template: html`<dvc-checkboxes label="Giấy tờ" .options=${options}></dvc-checkboxes>` },
  { name: 'dvc-checkbox', template: html`<dvc-checkbox label="Tôi xin cam đoan"></dvc-checkbox>` },
  { name: 'dvc-date-input', template: html`<dvc-date-input label="Ngày sinh"></dvc-date-input>` },
  { name: 'dvc-file-upload', template: html`<dvc-file-upload label="Ảnh chân dung"></dvc-file-upload>` },
  { name: 'dvc-button', template: html`<dvc-button type="button">Tiếp tục</dvc-button>` },
];

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The indicator may be on the focused element or drawn on its label's ::before (radios, checkboxes). */
function hasVisibleIndicator(element: Element): boolean {
  const candidates: [Element, string | null][] = [[element, null]];
  const next = element.nextElementSibling;
  if (next) candidates.push([next, '::before'], [next, '::after']);
  return candidates.some(([candidate, pseudo]) => {
    const style = getComputedStyle(candidate, pseudo);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    return outline;
  });
}

describe('forced-colors mode', () => {
  before(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  after(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  for (const testCase of cases) {
    it(`${testCase.name} shows a focus indicator`, async () => {
      const element = await fixture<HTMLElement>(testCase.template);
      element.focus();
      const focused = deepActiveElement();
      expect(focused, 'focus went inside the control').to.not.equal(element);
      expect(focused).to.not.equal(null);
      expect(
        hasVisibleIndicator(focused!),
        `${testCase.name}: ${focused!.localName} has no outline in forced colours`,
      ).to.equal(true);
    });
  }
});

/** `rgb(r, g, b)` as `#rrggbb` (computed colours come back as rgb()). */
function toHex(color: string): string {
  const channels = color
    .match(/\d+(\.\d+)?/g)
    ?.slice(0, 3)
    .map((channel) => Math.round(Number(channel))) ?? [0, 0, 0];
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

const errorCases: { readonly name: string; readonly template: TemplateResult; readonly part: string }[] = [
  {
    name: 'dvc-text-input',
    template: html`<dvc-text-input label="Họ và tên" .error=${'Nhập họ và tên'}></dvc-text-input>`,
    part: '[aria-invalid="true"]',
  },
  {
    name: 'dvc-textarea',
    template: html`<dvc-textarea label="Nội dung" .error=${'Nhập nội dung'}></dvc-textarea>`,
    part: '[aria-invalid="true"]',
  },
  {
    name: 'dvc-select',
    template: html`<dvc-select label="Tỉnh" .options=${options} .error=${'Chọn tỉnh'}></dvc-select>`,
    part: '[aria-invalid="true"]',
  },
  {
    name: 'dvc-date-input',
    template: html`<dvc-date-input label="Ngày sinh" .error=${'Nhập ngày sinh'}></dvc-date-input>`,
    part: '[aria-invalid="true"]',
  },
  {
    name: 'dvc-file-upload',
    template: html`<dvc-file-upload label="Ảnh chân dung" .error=${'Tải lên ảnh'}></dvc-file-upload>`,
    part: '.dropzone',
  },
];

describe('forced-colors mode: error borders', () => {
  before(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  });

  after(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  for (const testCase of errorCases) {
    it(`${testCase.name} in error keeps a border that contrasts 3:1 with the page (not Mark)`, async () => {
      const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(testCase.template);
      await element.updateComplete;
      const part = element.shadowRoot!.querySelector<HTMLElement>(testCase.part);
      expect(part, `${testCase.name} marks the part in error`).to.not.equal(null);
      const style = getComputedStyle(part!);
      const canvas = toHex(
        getComputedStyle(document.documentElement).backgroundColor === 'rgba(0, 0, 0, 0)'
          ? getComputedStyle(document.body).backgroundColor
          : getComputedStyle(document.documentElement).backgroundColor,
      );
      const border = toHex(style.borderTopColor);
      expect(Number.parseFloat(style.borderTopWidth), `${testCase.name}: border width`).to.be.at.least(2);
      expect(contrastRatio(border, canvas), `${testCase.name}: border ${border} on ${canvas}`).to.be.at.least(3);
    });
  }
});
