/**
 * Forced colours from screenshots, the states the other two screenshot suites do not cover (issue
 * 16): the focus ring of every box that takes focus (select, textarea, date box, address box, file
 * zone, a checkbox of a group), the error bar beside every kind of field as `<dvc-form>` renders it
 * (text, select, radios, checkboxes, date, address, phone) and beside the upload, and the border of
 * locked (read-only) boxes. Painted pixels are asserted at 3:1 against the page; PNGs in
 * test-results/screenshots/.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@dvc/components/define-all.js';
import '@dvc/address/define.js';
import '@dvc/form/define.js';
import type { DvcAddress } from '@dvc/address';
import { emulateMediaFeatures } from './support/accessibility.js';
import { frameCoverage, screenshotElement } from './support/pixels.js';
import { settle } from './support/settle.js';
import { addressDataLoaded } from '../packages/form/src/test-support/address.js';

const options = [
  { value: 'a', label: 'Có' },
  { value: 'b', label: 'Không' },
];

type Control = HTMLElement & { updateComplete: Promise<unknown> };

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const allAtLeast = (coverage: Record<string, number>, minimum: number): boolean =>
  Object.values(coverage).every((share) => share >= minimum);

async function mount(template: TemplateResult): Promise<{ control: Control; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="padding: 24px; width: 480px"><button id="before">Trước</button>${template}</div>`,
  );
  const control = wrapper.lastElementChild as Control;
  await control.updateComplete;
  if (control.localName === 'dvc-address') await (control as unknown as DvcAddress).whenDataLoaded();
  return { control, before: wrapper.querySelector('button')! };
}

const focusCases: { name: string; template: TemplateResult; coverage?: number }[] = [
  { name: 'select', template: html`<dvc-select label="Tỉnh" .options=${options}></dvc-select>` },
  { name: 'textarea', template: html`<dvc-textarea label="Nội dung"></dvc-textarea>` },
  { name: 'date-input', template: html`<dvc-date-input label="Ngày sinh"></dvc-date-input>` },
  { name: 'address', template: html`<dvc-address label="Nơi thường trú"></dvc-address>` },
  { name: 'file-upload', template: html`<dvc-file-upload label="Ảnh chân dung"></dvc-file-upload>` },
  {
    name: 'select-readonly',
    template: html`<dvc-select label="Tỉnh" .options=${options} value="a" readonly></dvc-select>`,
  },
  {
    name: 'date-input-readonly',
    template: html`<dvc-date-input label="Ngày sinh" value="1990-03-14" readonly></dvc-date-input>`,
  },
  {
    name: 'address-readonly',
    template: html`<dvc-address
      label="Nơi thường trú"
      readonly
      value=${JSON.stringify({ provinceCode: '01', communeCode: '00004', detail: 'Số 12 phố Hàng Bạc' })}
    ></dvc-address>`,
  },
  {
    name: 'text-input-readonly',
    template: html`<dvc-text-input label="Họ và tên" readonly value="Lê Thị Thử"></dvc-text-input>`,
  },
];

const en = (title: string) => ({ 'x-i18n': { en: { title } } });
const formSchema = {
  type: 'object',
  required: ['fullName', 'province', 'sex', 'papers', 'birthDate', 'residence', 'phone'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', ...en('Full name') },
    province: { type: 'string', title: 'Tỉnh', enum: ['1', '2', '3', '4', '5', '6', '7', '8'], ...en('Province') },
    sex: { type: 'string', title: 'Giới tính', enum: ['nam', 'nu'], ...en('Sex') },
    papers: {
      type: 'array',
      title: 'Giấy tờ',
      minItems: 1,
      items: { type: 'string', enum: ['cccd', 'hochieu'] },
      ...en('Papers'),
    },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh', ...en('Date of birth') },
    residence: {
      type: 'object',
      'x-widget': 'address',
      title: 'Nơi cư trú',
      ...en('Residence'),
      required: ['provinceCode', 'communeCode', 'detail'],
      properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, detail: { type: 'string' } },
    },
    phone: { type: 'string', format: 'vn-phone', title: 'Số điện thoại', ...en('Phone') },
  },
};

describe('forced colours, from screenshots: focus, error and read-only states', () => {
  before(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  after(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  for (const testCase of focusCases) {
    it(`${testCase.name}: reached with Tab, a focus ring is painted all round outside the box`, async () => {
      const { control, before } = await mount(testCase.template);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const focused = deepActive() as HTMLElement;
      expect(
        control.contains(focused) || control.shadowRoot!.contains(focused),
        'focus went into the control',
      ).to.equal(true);
      const shot = await screenshotElement(focused, `forced-colours-${testCase.name}-focus`);
      const ring = frameCoverage(shot, shot.box, [1, 5]);
      expect(allAtLeast(ring, 0.95), `focus ring coverage ${JSON.stringify(ring)}`).to.equal(true);
      before.focus();
      const idle = await screenshotElement(focused, `forced-colours-${testCase.name}-idle`);
      const idleRing = frameCoverage(idle, idle.box, [1, 5]);
      // (Around the file input, the zone's dashed border is there when idle: the ring is what makes it solid.)
      const idleLimit = testCase.name === 'file-upload' ? 1.8 : 0.5;
      expect(idleRing.left + idleRing.right, `no ring once focus left ${JSON.stringify(idleRing)}`).to.be.below(
        idleLimit,
      );
      // The box keeps its own border (read-only boxes a dashed one); the file zone's is checked in
      // forced-colors-borders.test.ts (the native input covering it has none).
      if (testCase.name === 'file-upload') return;
      const border = frameCoverage(idle, idle.box, [-3, 0]);
      expect(allAtLeast(border, testCase.name.endsWith('readonly') ? 0.4 : 0.95), JSON.stringify(border)).to.equal(
        true,
      );
    });
  }

  it('a checkbox of a group: reached with Tab, a ring is painted around its box', async () => {
    const { control, before } = await mount(
      html`<dvc-checkboxes label="Giấy tờ" .options=${options}></dvc-checkboxes>`,
    );
    const item = control.shadowRoot!.querySelector('.item')!;
    const idle = await screenshotElement(item, 'forced-colours-checkboxes-item');
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = await screenshotElement(item, 'forced-colours-checkboxes-item-focus');
    const size = idle.box.bottom - idle.box.top;
    const square = (shot: typeof idle) => ({
      left: shot.box.left - 6,
      top: shot.box.top - 6,
      right: shot.box.left + size + 6,
      bottom: shot.box.bottom + 6,
    });
    const ink = (shot: typeof idle) => {
      const area = square(shot);
      let count = 0;
      for (let y = area.top; y < area.bottom; y += 1)
        for (let x = area.left; x < area.right; x += 1) {
          const index = (y * shot.width + x) * 4;
          const [r, g, b] = [shot.data[index]!, shot.data[index + 1]!, shot.data[index + 2]!];
          if (
            Math.abs(r - shot.background[0]) + Math.abs(g - shot.background[1]) + Math.abs(b - shot.background[2]) >
            150
          )
            count += 1;
        }
      return count;
    };
    expect(ink(focused) - ink(idle), `ring ink ${ink(focused)} vs ${ink(idle)}`).to.be.at.least(80);
  });

  for (const language of ['vi', 'en'] as const) {
    it(`every kind of field in a <dvc-form> shows its error bar (${language})`, async () => {
      const form = await fixture<HTMLElement & { requestSubmit(): void; updateComplete: Promise<unknown> }>(
        html`<dvc-form lang=${language} .schema=${formSchema} .value=${{ phone: '0123' }}></dvc-form>`,
      );
      await settle(form);
      // The address renders in the form's own tree (ADR 0025): its lists say when they are loaded.
      await addressDataLoaded(form, '/residence');
      form.requestSubmit();
      await settle(form);
      for (const pointer of Object.keys(formSchema.properties).map((key) => `/${key}`)) {
        const host = form.shadowRoot!.querySelector<HTMLElement>(`[data-pointer="${pointer}"]`)!;
        const field = (host.shadowRoot ?? host).querySelector('[part="field"], .field')!;
        expect(field.classList.contains('field--error'), `${pointer} is in error`).to.equal(true);
        const shot = await screenshotElement(field, `forced-colours-form-${pointer.slice(1)}-error-${language}`, 8);
        const bar = frameCoverage(shot, shot.box, [-3, 0]).left;
        expect(bar, `${pointer}: the error bar is painted along the field`).to.be.at.least(0.95);
      }
    });
  }

  it('upload in error: the bar beside it and the zone’s border are painted', async () => {
    const { control } = await mount(
      html`<dvc-file-upload label="Ảnh chân dung" .error=${'Tải lên ảnh chân dung'}></dvc-file-upload>`,
    );
    const field = control.shadowRoot!.querySelector('[part="field"]')!;
    const shot = await screenshotElement(field, 'forced-colours-file-upload-bar', 8);
    expect(frameCoverage(shot, shot.box, [-3, 0]).left, 'error bar').to.be.at.least(0.95);
  });
});
