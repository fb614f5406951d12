import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  axeViolations,
  axNode,
  describeViolations,
  emulateMediaFeatures,
  flattenAx,
} from '../../../../test/support/accessibility.js';
import '../text-input/define.js';
import './define.js';
import type { DvcErrorSummary, DvcErrorSummaryLinkDetail } from './error-summary.js';
import type { DvcTextInput } from '../text-input/text-input.js';

const nameError = 'Nhập họ, chữ đệm và tên';
const idError = 'Số định danh cá nhân phải có 12 chữ số';

interface Page {
  readonly container: HTMLElement;
  readonly summary: DvcErrorSummary;
  readonly nameField: DvcTextInput;
  readonly idField: HTMLInputElement;
}

async function mountPage(withErrors = true): Promise<Page> {
  const container = await fixture<HTMLElement>(html`
    <main lang="vi">
      <h1>Đăng ký thường trú</h1>
      <dvc-error-summary></dvc-error-summary>
      <form novalidate>
        <dvc-text-input id="full-name" name="fullName" label="Họ, chữ đệm và tên" error=${nameError}></dvc-text-input>
        <label for="id-number">Số định danh cá nhân</label>
        <input id="id-number" name="idNumber" value="0791" aria-describedby="id-number-error" />
        <p id="id-number-error">${idError}</p>
      </form>
    </main>
  `);
  const summary = container.querySelector('dvc-error-summary')!;
  if (withErrors) {
    summary.errors = [
      { target: 'full-name', message: nameError },
      { target: 'id-number', message: idError },
    ];
  }
  await summary.updateComplete;
  return {
    container,
    summary,
    nameField: container.querySelector('dvc-text-input')!,
    idField: container.querySelector<HTMLInputElement>('#id-number')!,
  };
}

function links(summary: DvcErrorSummary): HTMLAnchorElement[] {
  return [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
}

function box(summary: DvcErrorSummary): HTMLElement {
  return summary.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
}

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

describe('dvc-error-summary', () => {
  it('renders nothing and is hidden while there are no errors', async () => {
    const { summary } = await mountPage(false);
    expect(summary.hidden).to.equal(true);
    expect(summary.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    expect(summary.getBoundingClientRect().height).to.equal(0);
  });

  it('lists one link per error, in the order given, pointing at the field id', async () => {
    const { summary } = await mountPage();
    expect(summary.hidden).to.equal(false);
    const found = links(summary);
    expect(found.map((link) => link.textContent?.trim())).to.deep.equal([nameError, idError]);
    expect(found.map((link) => link.getAttribute('href'))).to.deep.equal(['#full-name', '#id-number']);
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('Có lỗi cần sửa');
  });

  it('takes focus when it first renders with errors', async () => {
    const { summary } = await mountPage();
    expect(document.activeElement).to.equal(summary);
    expect(summary.shadowRoot!.activeElement).to.equal(box(summary));
    expect(box(summary).getAttribute('tabindex')).to.equal('-1');
  });

  it('takes focus when errors appear, and not again while they only change', async () => {
    const { summary, idField } = await mountPage(false);
    idField.focus();
    summary.errors = [{ target: 'id-number', message: idError }];
    await summary.updateComplete;
    expect(document.activeElement).to.equal(summary);
    idField.focus();
    summary.errors = [
      { target: 'full-name', message: nameError },
      { target: 'id-number', message: idError },
    ];
    await summary.updateComplete;
    expect(document.activeElement).to.equal(idField);
    summary.errors = [];
    await summary.updateComplete;
    expect(summary.hidden).to.equal(true);
    summary.errors = [{ target: 'id-number', message: idError }];
    await summary.updateComplete;
    expect(document.activeElement).to.equal(summary);
  });

  it('stays where focus is with disable-auto-focus, and focus() still moves focus to it', async () => {
    const { summary, idField } = await mountPage(false);
    summary.disableAutoFocus = true;
    idField.focus();
    summary.errors = [{ target: 'id-number', message: idError }];
    await summary.updateComplete;
    expect(document.activeElement).to.equal(idField);
    summary.focus();
    expect(document.activeElement).to.equal(summary);
    expect(summary.shadowRoot!.activeElement).to.equal(box(summary));
  });

  it('drops its tabindex once focus leaves, so it is not a Tab stop', async () => {
    const { summary } = await mountPage();
    expect(box(summary).getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(box(summary).hasAttribute('tabindex')).to.equal(false);
    expect(summary.shadowRoot!.activeElement).to.equal(links(summary)[0]);
  });

  it('moves focus into a dvc-text-input (its shadow-root input) without changing the URL', async () => {
    const { summary, nameField } = await mountPage();
    const hashBefore = location.hash;
    const urlBefore = location.href;
    links(summary)[0]!.click();
    expect(document.activeElement).to.equal(nameField);
    expect(nameField.shadowRoot!.activeElement).to.equal(nameField.shadowRoot!.querySelector('input'));
    expect(location.hash).to.equal(hashBefore);
    expect(location.href).to.equal(urlBefore);
  });

  it('moves focus to a plain input by id with Enter on the link', async () => {
    const { summary, idField } = await mountPage();
    links(summary)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(idField);
  });

  it('moves focus to the first link with Tab then to the field with Enter', async () => {
    const { summary, nameField } = await mountPage();
    expect(document.activeElement).to.equal(summary);
    await sendKeys({ press: 'Tab' });
    expect(summary.shadowRoot!.activeElement).to.equal(links(summary)[0]);
    await sendKeys({ press: 'Enter' });
    expect(nameField.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('accepts the element itself as the target', async () => {
    const { summary, nameField } = await mountPage(false);
    summary.errors = [{ target: nameField, message: nameError }];
    await summary.updateComplete;
    expect(links(summary)[0]!.getAttribute('href')).to.equal('#full-name');
    links(summary)[0]!.click();
    expect(nameField.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('finds ids inside open shadow roots, and in its own shadow root first', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="vi"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const summary = document.createElement('dvc-error-summary');
    summary.disableAutoFocus = true;
    const field = document.createElement('dvc-text-input');
    field.id = 'inside-shadow';
    field.label = 'Nơi thường trú';
    root.append(summary, field);
    summary.errors = [{ target: 'inside-shadow', message: 'Nhập nơi thường trú' }];
    await summary.updateComplete;
    await field.updateComplete;
    links(summary)[0]!.click();
    expect(root.activeElement).to.equal(field);
    expect(field.shadowRoot!.activeElement?.localName).to.equal('input');

    const outside = await fixture<HTMLDivElement>(
      html`<div lang="vi"><dvc-error-summary disable-auto-focus></dvc-error-summary></div>`,
    );
    const otherSummary = outside.querySelector('dvc-error-summary')!;
    otherSummary.errors = [{ target: 'inside-shadow', message: 'Nhập nơi thường trú' }];
    await otherSummary.updateComplete;
    links(otherSummary)[0]!.click();
    expect(field.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('scrolls so the label of the field is in view, not only the input', async () => {
    const container = await fixture<HTMLElement>(html`
      <div lang="vi">
        <dvc-error-summary></dvc-error-summary>
        <div style="block-size: 3000px"></div>
        <dvc-text-input
          id="far-field"
          label="Địa chỉ nơi ở hiện tại"
          hint=${'Số nhà, đường, xã, tỉnh'}
        ></dvc-text-input>
        <div style="block-size: 3000px"></div>
      </div>
    `);
    const summary = container.querySelector('dvc-error-summary')!;
    const field = container.querySelector('dvc-text-input')!;
    summary.errors = [{ target: 'far-field', message: 'Nhập địa chỉ nơi ở hiện tại' }];
    await summary.updateComplete;
    links(summary)[0]!.click();
    await nextFrame();
    const label = field.shadowRoot!.querySelector('label')!.getBoundingClientRect();
    // Label at the top of the viewport (block start), where focusing the input alone would leave it at the bottom edge.
    expect(label.top).to.be.within(-1, 50);
    expect(field.shadowRoot!.activeElement?.localName).to.equal('input');
    window.scrollTo(0, 0);
  });

  it('fires dvc-error-summary-link with the field; cancelling it leaves focus to the host', async () => {
    const { container, summary, idField } = await mountPage();
    const seen: DvcErrorSummaryLinkDetail[] = [];
    container.addEventListener('dvc-error-summary-link', (event) => {
      seen.push(event.detail);
      expect(event.bubbles && event.composed).to.equal(true);
      event.preventDefault();
    });
    links(summary)[1]!.click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.target).to.equal(idField);
    expect(seen[0]!.item.message).to.equal(idError);
    expect(document.activeElement).not.to.equal(idField);
  });

  it('does not throw and keeps the URL when the field is missing', async () => {
    const { summary } = await mountPage(false);
    summary.errors = [{ target: 'no-such-field', message: 'Nhập ngày cấp' }];
    await summary.updateComplete;
    const urlBefore = location.href;
    let detail: DvcErrorSummaryLinkDetail | undefined;
    summary.addEventListener('dvc-error-summary-link', (event) => (detail = event.detail));
    links(summary)[0]!.click();
    expect(detail?.target).to.equal(null);
    expect(location.href).to.equal(urlBefore);
  });

  it('is named by its heading in the accessibility tree, with an alert and named links', async () => {
    const { summary } = await mountPage();
    const node = await axNode(box(summary));
    expect(node.role).to.equal('group');
    expect(node.name).to.equal('Có lỗi cần sửa');
    const all = flattenAx(node);
    expect(all.some((child) => child.role === 'alert')).to.equal(true);
    expect(all.filter((child) => child.role === 'link').map((child) => child.name)).to.deep.equal([nameError, idError]);
    expect(all.some((child) => child.role === 'heading' && child.name === 'Có lỗi cần sửa')).to.equal(true);
  });

  it('uses a given heading and shows a slotted description', async () => {
    const container = await fixture<HTMLElement>(html`
      <div lang="vi">
        <dvc-error-summary heading="Hồ sơ chưa gửi được"><p>Sửa các mục sau rồi gửi lại.</p></dvc-error-summary>
        <input id="x" aria-label="Mã hồ sơ" />
      </div>
    `);
    const summary = container.querySelector('dvc-error-summary')!;
    summary.errors = [{ target: 'x', message: 'Nhập mã hồ sơ' }];
    await summary.updateComplete;
    expect((await axNode(box(summary))).name).to.equal('Hồ sơ chưa gửi được');
    const slot = summary.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Sửa các mục sau rồi gửi lại.');
  });

  it('follows the nearest lang, live', async () => {
    const { container, summary } = await mountPage();
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('There is a problem');
    expect((await axNode(box(summary))).name).to.equal('There is a problem');
    container.setAttribute('lang', 'vi-VN');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('Có lỗi cần sửa');
  });

  it('draws its focus outline and link focus in a system colour in forced colours', async () => {
    const { summary } = await mountPage();
    const css = forcedColoursCss(summary);
    expect(css).to.match(
      /\.error-summary:focus,\s*\.link:focus-visible\s*\{[^}]*outline:[^;]*highlight[^}]*box-shadow: none/i,
    );
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await nextFrame();
      const style = getComputedStyle(box(summary));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(3);
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('has no axe violations: hidden, with errors, focused, in English', async () => {
    const empty = await mountPage(false);
    let violations = await axeViolations(empty.container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    const { container, summary } = await mountPage();
    expect(document.activeElement).to.equal(summary);
    violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await summary.updateComplete;
    violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
