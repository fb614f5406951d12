import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  axeViolations,
  axNode,
  describeViolations,
  emulateMediaFeatures,
  flattenAx,
} from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcNotificationBanner } from './notification-banner.js';

function base(banner: DvcNotificationBanner): HTMLElement {
  return banner.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
}

async function mount(
  template: ReturnType<typeof html>,
): Promise<{ container: HTMLElement; banner: DvcNotificationBanner; before: HTMLButtonElement }> {
  const container = await fixture<HTMLElement>(
    html`<main lang="vi"><button type="button">Trước</button>${template}</main>`,
  );
  const banner = container.querySelector('dvc-notification-banner')!;
  await banner.updateComplete;
  return { container, banner, before: container.querySelector('button')! };
}

const importantBanner = html`<dvc-notification-banner heading="Hạn nộp hồ sơ là ngày 15/12/2025">
  <p>Hồ sơ nộp sau ngày này sẽ được xử lý vào năm sau.</p>
</dvc-notification-banner>`;

const successBanner = html`<dvc-notification-banner type="success" heading="Đã gửi hồ sơ">
  <p>Mã hồ sơ của bạn là <strong>G01.123-251120-0042</strong>.</p>
</dvc-notification-banner>`;

/**
 * The component's forced-colours CSS. Focus rules are read from the stylesheet because `:focus`
 * only matches while the test page has window focus, which the runner does not guarantee.
 */
function forcedColoursCss(element: Element): string {
  return element
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    )
    .map((rule) => rule.cssText)
    .join('\n');
}

describe('dvc-notification-banner', () => {
  it('is an important region named by its title by default, and does not take focus', async () => {
    const { banner } = await mount(importantBanner);
    expect(banner.type).to.equal('important');
    expect(base(banner).getAttribute('role')).to.equal('region');
    const node = await axNode(base(banner));
    expect(node.role).to.equal('region');
    expect(node.name).to.equal('Quan trọng');
    expect(document.activeElement).not.to.equal(banner);
    expect(base(banner).hasAttribute('tabindex')).to.equal(false);
  });

  it('shows the heading and the slotted content', async () => {
    const { banner } = await mount(importantBanner);
    expect(banner.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
      'Hạn nộp hồ sơ là ngày 15/12/2025',
    );
    const slotted = banner.shadowRoot!.querySelector('slot')!.assignedElements();
    expect(slotted.map((element) => element.textContent)).to.deep.equal([
      'Hồ sơ nộp sau ngày này sẽ được xử lý vào năm sau.',
    ]);
    const texts = flattenAx(await axNode(base(banner))).map((node) => node.name ?? '');
    expect(texts.join(' ')).to.contain('Hạn nộp hồ sơ là ngày 15/12/2025');
  });

  it('renders no empty heading element without a heading', async () => {
    const { banner } = await mount(
      html`<dvc-notification-banner><p>Hệ thống bảo trì từ 22:00 đến 23:00.</p></dvc-notification-banner>`,
    );
    expect(banner.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
  });

  it('is an alert named "Thành công" that takes focus on first render', async () => {
    const { banner } = await mount(successBanner);
    expect(base(banner).getAttribute('role')).to.equal('alert');
    const node = await axNode(base(banner));
    expect(node.role).to.equal('alert');
    expect(node.name).to.equal('Thành công');
    expect(document.activeElement).to.equal(banner);
    expect(banner.shadowRoot!.activeElement).to.equal(base(banner));
    expect(base(banner).getAttribute('tabindex')).to.equal('-1');
  });

  it('drops its tabindex once focus leaves, so it is not a Tab stop', async () => {
    const { banner, before } = await mount(successBanner);
    expect(document.activeElement).to.equal(banner);
    before.focus();
    expect(base(banner).hasAttribute('tabindex')).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).not.to.equal(banner);
  });

  it('does not take focus with disable-auto-focus; focus() still moves focus to it', async () => {
    const { banner, before } = await mount(
      html`<dvc-notification-banner
        type="success"
        disable-auto-focus
        heading="Đã lưu bản nháp"
      ></dvc-notification-banner>`,
    );
    expect(document.activeElement).not.to.equal(banner);
    before.focus();
    banner.focus();
    expect(document.activeElement).to.equal(banner);
    expect(banner.shadowRoot!.activeElement).to.equal(base(banner));
  });

  it('uses title-text instead of the default title', async () => {
    const { banner } = await mount(
      html`<dvc-notification-banner title-text="Thông báo"><p>Nội dung.</p></dvc-notification-banner>`,
    );
    expect((await axNode(base(banner))).name).to.equal('Thông báo');
  });

  it('changes role when the type changes', async () => {
    const { banner } = await mount(importantBanner);
    banner.type = 'success';
    await banner.updateComplete;
    expect(base(banner).getAttribute('role')).to.equal('alert');
    expect(banner.getAttribute('type')).to.equal('success');
    expect((await axNode(base(banner))).name).to.equal('Thành công');
  });

  it('follows the nearest lang, live', async () => {
    const { container, banner } = await mount(importantBanner);
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await banner.updateComplete;
    expect((await axNode(base(banner))).name).to.equal('Important');
    banner.type = 'success';
    await banner.updateComplete;
    expect((await axNode(base(banner))).name).to.equal('Success');
  });

  it('keeps its edge and a system-colour focus outline in forced colours', async () => {
    const { banner } = await mount(successBanner);
    expect(forcedColoursCss(banner)).to.match(/\.banner:focus\s*\{[^}]*outline:[^;]*highlight/i);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await nextFrame();
      const style = getComputedStyle(base(banner));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(3);
      expect(getComputedStyle(banner.shadowRoot!.querySelector('.header')!).borderBottomStyle).to.equal('solid');
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('has no axe violations: important, success (focused), in English', async () => {
    for (const template of [importantBanner, successBanner]) {
      const { container } = await mount(template);
      let violations = await axeViolations(container);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      container.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      violations = await axeViolations(container);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    }
  });
});
