import { expect, fixture, html } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import * as stories from '../../../../stories/address.stories.js';
import { axeViolations, describeViolations } from '../../../../test/support/accessibility.js';
import { formatAddress } from '../format.js';
import { mapLegacyAddress } from '../legacy.js';
import './define.js';
import { hoanKiem } from '../test-support/address.js';

describe('formatAddress', () => {
  it('writes detail, commune, province in that order and leaves out empty parts', () => {
    const names = { provinceName: 'Thành phố Hà Nội', communeName: 'Phường Hoàn Kiếm' };
    expect(formatAddress(hoanKiem, names)).to.equal('Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(formatAddress({ ...hoanKiem, detail: '' }, names)).to.equal('Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(formatAddress({ ...hoanKiem, communeCode: '' }, names)).to.equal('Số 12 phố Hàng Bạc, Thành phố Hà Nội');
  });
});

describe('mapLegacyAddress', () => {
  it('maps an old commune code to the new units', async () => {
    expect(await mapLegacyAddress('00061')).to.deep.equal({
      provinceCode: '01',
      communeCode: '00070',
      candidates: [{ provinceCode: '01', communeCode: '00070' }],
    });
    // 00688 lies inside Hà Nội's old code range but belongs to old Hà Giang, now Tuyên Quang (08).
    expect(await mapLegacyAddress('00688')).to.deep.equal({
      provinceCode: '08',
      communeCode: '00691',
      candidates: [{ provinceCode: '08', communeCode: '00691' }],
    });
  });

  it('maps names with or without their unit types and diacritics', async () => {
    const expected = {
      provinceCode: '24',
      communeCode: '07288',
      candidates: [{ provinceCode: '24', communeCode: '07288' }],
    };
    expect(
      await mapLegacyAddress({ province: 'Tỉnh Bắc Giang', district: 'Huyện Yên Thế', commune: 'Xã Tam Hiệp' }),
    ).to.deep.equal(expected);
    expect(await mapLegacyAddress({ province: 'bac giang', district: 'yen the', commune: 'tam hiep' })).to.deep.equal(
      expected,
    );
    expect(
      await mapLegacyAddress({ province: 'Thành phố Hà Nội', district: 'Quận Hoàn Kiếm', commune: 'Phường Hàng Bạc' }),
    ).to.deep.equal({
      provinceCode: '01',
      communeCode: '00070',
      candidates: [{ provinceCode: '01', communeCode: '00070' }],
    });
  });

  it('lists every new commune of a split one instead of guessing', async () => {
    const match = await mapLegacyAddress({ province: 'TP Hồ Chí Minh', district: 'Quận Gò Vấp', commune: 'Phường 13' });
    expect(match?.provinceCode).to.equal('79');
    expect(match?.communeCode).to.equal('');
    expect(match?.candidates.map((candidate) => candidate.communeCode).sort()).to.deep.equal(['26878', '26882']);
  });

  it('returns null for what it does not know', async () => {
    expect(await mapLegacyAddress('99999')).to.equal(null);
    expect(await mapLegacyAddress('abc')).to.equal(null);
    expect(await mapLegacyAddress({ province: 'Tỉnh Không Có', commune: 'Xã A' })).to.equal(null);
    expect(
      await mapLegacyAddress({ province: 'Hà Nội', district: 'Quận Hoàn Kiếm', commune: 'Phường Không Có' }),
    ).to.equal(null);
  });
});

describe('address stories', () => {
  const storyEntries = Object.entries(stories).filter(([name]) => name !== 'default') as [
    string,
    StoryObj<Record<string, unknown>>,
  ][];

  it('exist for the default, prefilled, error and legacy-hint cases', () => {
    expect(storyEntries.map(([name]) => name)).to.include.members([
      'Default',
      'Prefilled',
      'WithError',
      'LegacyAddressHint',
      'PlaceOfBirthAbroad',
    ]);
  });

  for (const language of ['vi', 'en']) {
    it(`render with their lists and are axe-clean in ${language}`, async () => {
      const meta = stories.default;
      for (const [name, story] of storyEntries) {
        // The stories fetch from Storybook's `address-data/`; here the same files come from the package.
        const args = { ...meta.args, ...story.args, dataUrl: '/packages/address/data/' };
        const container = await fixture<HTMLDivElement>(
          html`<div lang=${language}>${meta.render!(args as never, {} as never)}</div>`,
        );
        const play = story.play ?? meta.play;
        await play!({ canvasElement: container } as never);
        const element = container.querySelector('dvc-address')!;
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[role="alert"]'), `${name}: lists loaded`).to.equal(null);
        if (name === 'Prefilled')
          expect(element.displayText).to.equal('Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội');
        if (name === 'WithError')
          expect(element.shadowRoot!.querySelector('#error')?.textContent).to.contain(
            language === 'vi' ? 'Chọn xã, phường' : 'Choose a commune or ward',
          );
        if (name === 'PlaceOfBirthAbroad')
          expect(element.displayText).to.equal(language === 'vi' ? 'Osaka, Nhật Bản' : 'Osaka, Japan');
        if (name === 'LegacyAddressHint')
          expect(element.shadowRoot!.querySelector('[part="legacy-hint"]')?.textContent).to.contain('Quận Hoàn Kiếm');
        const violations = await axeViolations(container);
        expect(violations, `${name}: ${describeViolations(violations)}`).to.deep.equal([]);
      }
    });
  }
});
