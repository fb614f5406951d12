/**
 * Forced colours (Windows High Contrast), from real screenshots: Chromium renders each control
 * with `forced-colors: active` emulated, the test saves the PNG under test-results/screenshots/
 * and asserts from the pixels that borders, choice circles and boxes and the focus indicator are
 * drawn. (test/forced-colors.test.ts checks the computed styles; this checks what is painted.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@dvc/components/define-all.js';
import { emulateMediaFeatures } from './support/accessibility.js';
import { frameCoverage, inkIn, screenshotElement, type PixelRect, type Shot } from './support/pixels.js';

const options = [
  { value: 'co', label: 'Có' },
  { value: 'khong', label: 'Không' },
];

type Control = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(template: TemplateResult): Promise<{ element: Control; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="padding: 24px; width: 480px"><button id="before">Trước</button>${template}</div>`,
  );
  const element = wrapper.lastElementChild as Control;
  await element.updateComplete;
  return { element, before: wrapper.querySelector('button')! };
}

/** Focus by keyboard (so :focus-visible applies, as for a citizen): Tab from the button before. */
async function tabInto(before: HTMLButtonElement): Promise<void> {
  before.focus();
  await sendKeys({ press: 'Tab' });
}

function allAtLeast(coverage: Record<string, number>, minimum: number): boolean {
  return Object.values(coverage).every((share) => share >= minimum);
}

/** The left square of an option (where its circle or box is drawn), in screenshot pixels. */
function markerSquare(shot: Shot): PixelRect {
  const size = shot.box.bottom - shot.box.top;
  return {
    left: shot.box.left - 4,
    top: shot.box.top - 4,
    right: shot.box.left + size + 4,
    bottom: shot.box.bottom + 4,
  };
}

describe('forced colours, from screenshots', () => {
  before(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  after(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  it('text input in error: the whole border is painted', async () => {
    const { element } = await mount(
      html`<dvc-text-input label="Họ và tên" .error=${'Nhập họ và tên'}></dvc-text-input>`,
    );
    const input = element.shadowRoot!.querySelector('input')!;
    const shot = await screenshotElement(input, 'forced-colours-text-input-error');
    const border = frameCoverage(shot, shot.box, [-3, 0]);
    expect(allAtLeast(border, 0.95), `border coverage ${JSON.stringify(border)}`).to.equal(true);
    const message = await screenshotElement(
      element.shadowRoot!.querySelector('.error-message')!,
      'forced-colours-error-message',
      0,
    );
    expect(inkIn(message, message.box).count, 'the error message is painted').to.be.greaterThan(50);
  });

  it('text input: a focus ring is painted outside the border only when focused', async () => {
    const { element, before } = await mount(html`<dvc-text-input label="Họ và tên"></dvc-text-input>`);
    const input = element.shadowRoot!.querySelector('input')!;
    const idle = await screenshotElement(input, 'forced-colours-text-input');
    const idleRing = frameCoverage(idle, idle.box, [1, 4]);
    expect(allAtLeast(frameCoverage(idle, idle.box, [-2, 0]), 0.95), 'border').to.equal(true);
    await tabInto(before);
    expect(element.shadowRoot!.activeElement).to.equal(input);
    const focused = await screenshotElement(input, 'forced-colours-text-input-focus');
    const ring = frameCoverage(focused, focused.box, [1, 4]);
    expect(allAtLeast(ring, 0.95), `focus ring coverage ${JSON.stringify(ring)}`).to.equal(true);
    expect(idleRing.left + idleRing.right, `no ring when idle ${JSON.stringify(idleRing)}`).to.be.below(0.5);
  });

  it('radios: each circle is painted, the chosen one has its dot, the focused one a ring', async () => {
    const { element, before } = await mount(
      html`<dvc-radios label="Đồng ý" .options=${options} value="co"></dvc-radios>`,
    );
    const items = [...element.shadowRoot!.querySelectorAll('.item')];
    const chosen = await screenshotElement(items[0]!, 'forced-colours-radio-chosen');
    const empty = await screenshotElement(items[1]!, 'forced-colours-radio');
    for (const [shot, name] of [
      [chosen, 'chosen'],
      [empty, 'not chosen'],
    ] as const) {
      const { bounds } = inkIn(shot, markerSquare(shot));
      expect(bounds, `${name}: circle painted`).to.not.equal(null);
      expect(bounds!.right - bounds!.left, `${name}: circle width`).to.be.at.least(20);
      expect(bounds!.bottom - bounds!.top, `${name}: circle height`).to.be.at.least(20);
    }
    const centre = (shot: Shot): number => {
      const { bounds } = inkIn(shot, markerSquare(shot));
      const x = Math.round((bounds!.left + bounds!.right) / 2);
      const y = Math.round((bounds!.top + bounds!.bottom) / 2);
      return inkIn(shot, { left: x - 3, top: y - 3, right: x + 3, bottom: y + 3 }).count;
    };
    expect(centre(chosen), 'the chosen radio has its dot').to.be.at.least(30);
    expect(centre(empty), 'the other is hollow').to.equal(0);
    await tabInto(before);
    const focused = await screenshotElement(items[0]!, 'forced-colours-radio-focus');
    const idleInk = inkIn(chosen, markerSquare(chosen)).count;
    const focusedInk = inkIn(focused, markerSquare(focused)).count;
    expect(focusedInk - idleInk, `focus ring ink ${focusedInk} vs ${idleInk}`).to.be.at.least(80);
  });

  it('checkbox: the box is painted, the tick when checked, a ring when focused', async () => {
    const { element, before } = await mount(html`<dvc-checkbox label="Tôi xin cam đoan"></dvc-checkbox>`);
    const item = element.shadowRoot!.querySelector('.item')!;
    const empty = await screenshotElement(item, 'forced-colours-checkbox');
    const box = inkIn(empty, markerSquare(empty));
    expect(box.bounds, 'box painted').to.not.equal(null);
    expect(box.bounds!.right - box.bounds!.left).to.be.at.least(20);
    expect(box.bounds!.bottom - box.bounds!.top).to.be.at.least(20);
    (element as Control & { checked: boolean }).checked = true;
    await element.updateComplete;
    const checked = await screenshotElement(item, 'forced-colours-checkbox-checked');
    expect(inkIn(checked, markerSquare(checked)).count - box.count, 'the tick is painted').to.be.at.least(30);
    await tabInto(before);
    const focused = await screenshotElement(item, 'forced-colours-checkbox-focus');
    expect(inkIn(focused, markerSquare(focused)).count - inkIn(checked, markerSquare(checked)).count).to.be.at.least(
      80,
    );
  });

  it('button: its border is painted, and a focus ring outside it when focused', async () => {
    const { element, before } = await mount(html`<dvc-button type="button">Tiếp tục</dvc-button>`);
    const button = element.shadowRoot!.querySelector('button')!;
    const idle = await screenshotElement(button, 'forced-colours-button');
    const border = frameCoverage(idle, idle.box, [-2, 0]);
    expect(allAtLeast(border, 0.95), `border coverage ${JSON.stringify(border)}`).to.equal(true);
    await tabInto(before);
    const focused = await screenshotElement(button, 'forced-colours-button-focus');
    const ring = frameCoverage(focused, focused.box, [1, 5]);
    expect(allAtLeast(ring, 0.95), `focus ring coverage ${JSON.stringify(ring)}`).to.equal(true);
    const idleRing = frameCoverage(idle, idle.box, [1, 5]);
    expect(idleRing.left + idleRing.right, `no ring when idle ${JSON.stringify(idleRing)}`).to.be.below(0.5);
  });

  it('error summary: its border is painted all round', async () => {
    const { element } = await mount(
      html`<dvc-error-summary
        disable-auto-focus
        .errors=${[{ target: 'x', message: 'Nhập họ và tên' }]}
      ></dvc-error-summary>`,
    );
    const summary = element.shadowRoot!.querySelector('.error-summary')!;
    const shot = await screenshotElement(summary, 'forced-colours-error-summary');
    const border = frameCoverage(shot, shot.box, [-3, 0]);
    expect(allAtLeast(border, 0.95), `border coverage ${JSON.stringify(border)}`).to.equal(true);
  });
});
