/**
 * Forced colours from screenshots, the other controls: every text box, select, date part, drop
 * zone and address box keeps its whole border painted (3:1 with the page), idle and in error, and
 * the checkbox boxes of a group are painted. PNGs in test-results/screenshots/.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@dvc/components/define-all.js';
import '@dvc/address/define.js';
import type { DvcAddress } from '@dvc/address';
import { emulateMediaFeatures } from './support/accessibility.js';
import { frameCoverage, inkIn, screenshotElement } from './support/pixels.js';

const options = [
  { value: 'a', label: 'Có' },
  { value: 'b', label: 'Không' },
];

const boxes: {
  readonly name: string;
  readonly template: (error: string) => TemplateResult;
  readonly part: string;
  /** Share of each side that must be painted: the drop zone's border is dashed by design. */
  readonly coverage?: number;
}[] = [
  {
    name: 'textarea',
    template: (error) => html`<dvc-textarea label="Nội dung" .error=${error}></dvc-textarea>`,
    part: 'textarea',
  },
  {
    name: 'select',
    template: (error) => html`<dvc-select label="Tỉnh" .options=${options} .error=${error}></dvc-select>`,
    part: 'select',
  },
  {
    name: 'date-input',
    template: (error) => html`<dvc-date-input label="Ngày sinh" .error=${error}></dvc-date-input>`,
    part: 'input',
  },
  {
    name: 'file-upload',
    template: (error) => html`<dvc-file-upload label="Ảnh chân dung" .error=${error}></dvc-file-upload>`,
    part: '.dropzone',
    coverage: 0.5,
  },
  {
    name: 'address',
    template: (error) =>
      html`<dvc-address label="Nơi thường trú" data-url="/packages/address/data/" .error=${error}></dvc-address>`,
    part: '#province',
  },
];

describe('forced colours, from screenshots: every box keeps its border', () => {
  before(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  });

  after(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  for (const box of boxes) {
    for (const error of ['', 'Có lỗi cần sửa']) {
      const state = error ? 'error' : 'idle';
      it(`${box.name} (${state}): the whole border is painted`, async () => {
        const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
          html`<div style="padding: 24px; width: 480px">${box.template(error)}</div>`,
        );
        const control = element.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await control.updateComplete;
        if (control.localName === 'dvc-address') await (control as DvcAddress).whenDataLoaded();
        const part = control.shadowRoot!.querySelector(box.part)!;
        expect(part, `${box.name} has ${box.part}`).to.not.equal(null);
        const shot = await screenshotElement(part, `forced-colours-${box.name}-${state}`);
        const border = frameCoverage(shot, shot.box, [-3, 0]);
        expect(
          Object.values(border).every((share) => share >= (box.coverage ?? 0.95)),
          `border coverage ${JSON.stringify(border)}`,
        ).to.equal(true);
      });
    }
  }

  it('checkboxes: each box of the group is painted', async () => {
    const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<dvc-checkboxes label="Giấy tờ" .options=${options}></dvc-checkboxes>`,
    );
    await element.updateComplete;
    const items = [...element.shadowRoot!.querySelectorAll('.item')];
    expect(items.length).to.equal(2);
    for (const [index, item] of items.entries()) {
      const shot = await screenshotElement(item, `forced-colours-checkboxes-${index}`);
      const size = shot.box.bottom - shot.box.top;
      const { bounds } = inkIn(shot, {
        left: shot.box.left - 4,
        top: shot.box.top - 4,
        right: shot.box.left + size + 4,
        bottom: shot.box.bottom + 4,
      });
      expect(bounds, `box ${index} painted`).to.not.equal(null);
      expect(bounds!.right - bounds!.left).to.be.at.least(20);
      expect(bounds!.bottom - bounds!.top).to.be.at.least(20);
    }
  });
});
