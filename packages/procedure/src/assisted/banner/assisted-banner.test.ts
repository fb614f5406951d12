import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../../test/support/accessibility.js';
import { largeTextCss, largeTextStyles } from '../presentation.js';
import './define.js';
import type { DvcAssistedBanner, DvcPresentationChangeDetail } from './assisted-banner.js';

class LargeTextProbe extends LitElement {
  static override styles = [
    largeTextStyles,
    css`
      p {
        font-size: var(--dvc-font-size-body);
      }
    `,
  ];
  protected override render(): unknown {
    return html`<p>Chữ</p>`;
  }
}
customElements.define('large-text-probe', LargeTextProbe);

describe('dvc-assisted-banner', () => {
  for (const lang of ['vi', 'en']) {
    it(`names the citizen and the officer in a named region with two switches; axe-clean (${lang})`, async () => {
      const element = await fixture<DvcAssistedBanner>(
        html`<dvc-assisted-banner
          lang=${lang}
          officer-id="CB-0001"
          officer-name="Lê Thị Thu Hà"
          citizen-name="Trịnh Thị Mai"
        ></dvc-assisted-banner>`,
      );
      const tree = flattenAx(await axNode(element));
      const region = tree.find((node) => node.role === 'region');
      expect(region?.name).to.equal(lang === 'vi' ? 'Nộp hồ sơ có hỗ trợ' : 'Assisted filing');
      expect(element.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain(
        lang === 'vi'
          ? 'Đang nộp hồ sơ thay cho Trịnh Thị Mai, được hỗ trợ bởi Lê Thị Thu Hà'
          : 'Filing on behalf of Trịnh Thị Mai, assisted by Lê Thị Thu Hà',
      );
      expect(tree.find((node) => node.role === 'group')?.name).to.equal(
        lang === 'vi' ? 'Cách hiển thị' : 'Presentation',
      );
      expect(tree.filter((node) => node.role === 'checkbox').map((node) => [node.name, node.checked])).to.deep.equal(
        lang === 'vi'
          ? [
              ['Chữ lớn', false],
              ['Ngôn ngữ đơn giản', false],
            ]
          : [
              ['Large text', false],
              ['Simplified language', false],
            ],
      );
      const violations = await axeViolations(element);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it('says the citizen is not identified yet before intake, by the officer id when there is no name', async () => {
    const element = await fixture<DvcAssistedBanner>(
      html`<dvc-assisted-banner lang="en" officer-id="CB-0002"></dvc-assisted-banner>`,
    );
    expect(element.shadowRoot!.textContent).to.contain('Assisted filing by CB-0002: citizen not identified yet');
  });

  it('fires dvc-presentation-change with both switches and reflects them', async () => {
    const element = await fixture<DvcAssistedBanner>(
      html`<dvc-assisted-banner lang="en" officer-id="CB-0001"></dvc-assisted-banner>`,
    );
    const details: DvcPresentationChangeDetail[] = [];
    element.addEventListener('dvc-presentation-change', (event) => details.push(event.detail));
    const [large, simple] = element.shadowRoot!.querySelectorAll('input');
    large!.click();
    simple!.click();
    large!.click();
    await element.updateComplete;
    expect(details).to.deep.equal([
      { largeText: true, simplified: false },
      { largeText: true, simplified: true },
      { largeText: false, simplified: true },
    ]);
    expect(element.hasAttribute('simplified-language')).to.equal(true);
    expect(element.hasAttribute('large-text')).to.equal(false);
  });
});

describe('large-text presentation', () => {
  it('scales the font-size tokens inside a host with large-text, by --dvc-large-text-scale', async () => {
    const probe = await fixture<LargeTextProbe>(html`<large-text-probe></large-text-probe>`);
    const size = (): number => parseFloat(getComputedStyle(probe.shadowRoot!.querySelector('p')!).fontSize);
    const base = size();
    probe.setAttribute('large-text', '');
    expect(size()).to.be.closeTo(base * 1.25, 0.01);
    probe.style.setProperty('--dvc-large-text-scale', '1.5');
    expect(size()).to.be.closeTo(base * 1.5, 0.01);
  });

  it('gives page stylesheets the same rule for any selector', () => {
    const rule = largeTextCss('dvc-procedure[large-text]');
    expect(rule).to.match(/^dvc-procedure\[large-text\] \{/);
    expect(rule).to.contain('--dvc-font-size-body: calc(1rem * var(--dvc-large-text-scale, 1.25));');
  });
});
