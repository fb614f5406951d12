import { expect, fixture, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  axeViolations,
  axNode,
  describeViolations,
  emulateMediaFeatures,
  flattenAx,
} from '../../../../test/support/accessibility.js';
import { readableText } from '../../../../test/support/text.js';
import './define.js';
import type { DvcSummaryActionDetail, DvcSummaryList, SummaryListRow } from './summary-list.js';

const answers: SummaryListRow[] = [
  { key: 'Họ và tên', value: 'Trần Thị Bích Ngọc', actions: [{ href: '#ho-ten', visuallyHiddenText: 'họ và tên' }] },
  { key: 'Ngày sinh', value: '05/09/1994', actions: [{ href: '#ngay-sinh', visuallyHiddenText: 'ngày sinh' }] },
  {
    key: 'Nơi thường trú',
    value: ['Số 12, ngõ 34 phố Hàng Bạc', 'Phường Hoàn Kiếm', 'Thành phố Hà Nội'],
    actions: [{ href: '#noi-thuong-tru', visuallyHiddenText: 'nơi thường trú' }],
  },
  { key: 'Số định danh cá nhân', value: '001094012345' },
  {
    key: 'Giấy tờ đính kèm',
    value: 'giay-khai-sinh.pdf',
    actions: [
      { href: '#giay-to', visuallyHiddenText: 'giấy tờ đính kèm' },
      { href: '#xoa-giay-to', text: 'Xoá', visuallyHiddenText: 'giấy khai sinh' },
    ],
  },
  { key: 'Email', value: '', actions: [{ href: '#email', visuallyHiddenText: 'email' }] },
];

async function mount(
  rows: readonly SummaryListRow[] = answers,
  attributes = '',
): Promise<{ container: HTMLElement; list: DvcSummaryList }> {
  const container = await fixture<HTMLElement>(
    `<main lang="vi"><h1>Kiểm tra thông tin</h1><dvc-summary-list ${attributes}></dvc-summary-list></main>`,
  );
  const list = container.querySelector('dvc-summary-list')!;
  list.rows = rows;
  await list.updateComplete;
  return { container, list };
}

function actionLinks(list: DvcSummaryList): HTMLAnchorElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
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

describe('dvc-summary-list', () => {
  it('renders a dl with one dt and one value dd per row, in order', async () => {
    const { list } = await mount();
    const dl = list.shadowRoot!.querySelector('dl')!;
    const rows = [...dl.children];
    expect(rows.map((row) => row.localName)).to.deep.equal(Array(answers.length).fill('div'));
    expect(rows.map((row) => row.querySelector('dt')!.textContent)).to.deep.equal(answers.map((row) => row.key));
    expect(rows[0]!.querySelector('dd.value')!.textContent!.trim()).to.equal('Trần Thị Bích Ngọc');
    expect(rows[3]!.querySelectorAll('dd')).to.have.length(1);
  });

  it('exposes terms and definitions in the accessibility tree', async () => {
    const { list } = await mount();
    const all = flattenAx(await axNode(list.shadowRoot!.querySelector('dl')!));
    const terms = all.filter((node) => node.role === 'term');
    const definitions = all.filter((node) => node.role === 'definition');
    expect(terms).to.have.length(answers.length);
    expect(definitions.length).to.be.greaterThan(answers.length);
  });

  it('names each change link after its item with visually hidden text', async () => {
    const { list } = await mount();
    const links = actionLinks(list);
    expect(readableText(links[0])).to.equal('Thay đổi họ và tên');
    const visible = links[0]!.cloneNode(true) as HTMLElement;
    visible.querySelector('.visually-hidden')!.remove();
    expect(visible.textContent).to.equal('Thay đổi');
    const names = [];
    for (const link of links) names.push((await axNode(link)).name);
    expect(names).to.deep.equal([
      'Thay đổi họ và tên',
      'Thay đổi ngày sinh',
      'Thay đổi nơi thường trú',
      'Thay đổi giấy tờ đính kèm',
      'Xoá giấy khai sinh',
      'Thay đổi email',
    ]);
    const hidden = links[0]!.querySelector('.visually-hidden')!.getBoundingClientRect();
    expect(hidden.width).to.be.at.most(1);
  });

  it('shows multi-line answers as separate lines, from an array or from line breaks', async () => {
    const { list } = await mount([
      { key: 'Nơi thường trú', value: ['Số 12, ngõ 34 phố Hàng Bạc', 'Phường Hoàn Kiếm', 'Thành phố Hà Nội'] },
      { key: 'Nơi ở hiện tại', value: 'Thôn Đông Hạ\nXã Quảng Phú\r\nTỉnh Quảng Ngãi' },
    ]);
    const values = [...list.shadowRoot!.querySelectorAll('dd.value')];
    expect([...values[0]!.querySelectorAll('.line')].map((line) => line.textContent)).to.deep.equal([
      'Số 12, ngõ 34 phố Hàng Bạc',
      'Phường Hoàn Kiếm',
      'Thành phố Hà Nội',
    ]);
    const lines = [...values[1]!.querySelectorAll<HTMLElement>('.line')];
    expect(lines.map((line) => line.textContent)).to.deep.equal(['Thôn Đông Hạ', 'Xã Quảng Phú', 'Tỉnh Quảng Ngãi']);
    expect(lines[1]!.getBoundingClientRect().top).to.be.greaterThan(lines[0]!.getBoundingClientRect().top);
  });

  it('says "Chưa cung cấp" for an unanswered item', async () => {
    const { list } = await mount();
    const values = [...list.shadowRoot!.querySelectorAll('dd.value')];
    expect(values[5]!.textContent!.trim()).to.equal('Chưa cung cấp');
  });

  it('puts several actions in a list', async () => {
    const { list } = await mount();
    const row = list.shadowRoot!.querySelectorAll('.row')[4]!;
    expect(row.querySelectorAll('dd.actions ul li a')).to.have.length(2);
  });

  it('fires a cancelable dvc-summary-action; cancelled, the link does not navigate', async () => {
    const { container, list } = await mount();
    const seen: DvcSummaryActionDetail[] = [];
    container.addEventListener('dvc-summary-action', (event) => {
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      seen.push(event.detail);
      event.preventDefault();
    });
    const urlBefore = location.href;
    actionLinks(list)[2]!.click();
    expect(seen).to.deep.equal([{ href: '#noi-thuong-tru', key: 'Nơi thường trú' }]);
    expect(location.href).to.equal(urlBefore);
  });

  it('lets the link navigate when the event is not cancelled', async () => {
    const { list } = await mount();
    let defaultPrevented: boolean | undefined;
    let detail: DvcSummaryActionDetail | undefined;
    list.addEventListener('dvc-summary-action', (event) => (detail = event.detail));
    const observe = (event: Event): void => {
      defaultPrevented = event.defaultPrevented;
      event.preventDefault(); // keep the test page where it is
    };
    window.addEventListener('click', observe);
    actionLinks(list)[4]!.click();
    window.removeEventListener('click', observe);
    expect(detail).to.deep.equal({ href: '#xoa-giay-to', key: 'Giấy tờ đính kèm' });
    expect(defaultPrevented).to.equal(false);
  });

  it('is operated with the keyboard: Tab reaches the links, Enter follows them', async () => {
    const { container, list } = await mount();
    const before = document.createElement('button');
    before.textContent = 'Trước';
    container.prepend(before);
    const keys: string[] = [];
    list.addEventListener('dvc-summary-action', (event) => {
      keys.push(event.detail.key);
      event.preventDefault();
    });
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement).to.equal(actionLinks(list)[1]);
    await sendKeys({ press: 'Enter' });
    expect(keys).to.deep.equal(['Ngày sinh']);
  });

  it('keeps links, separators and a system-colour link focus outline in forced colours', async () => {
    const { list } = await mount();
    expect(forcedColoursCss(list)).to.match(/\.action:focus-visible\s*\{[^}]*outline:[^;]*highlight/i);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await nextFrame();
      const row = list.shadowRoot!.querySelector('.row')!;
      expect(getComputedStyle(row).borderBottomStyle).to.equal('solid');
      expect(getComputedStyle(actionLinks(list)[0]!).textDecorationLine).to.equal('underline');
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('drops the row borders with no-border', async () => {
    const { list } = await mount(answers, 'no-border');
    const row = list.shadowRoot!.querySelector<HTMLElement>('.row')!;
    expect(getComputedStyle(row).borderBottomWidth).to.equal('0px');
    list.noBorder = false;
    await list.updateComplete;
    expect(getComputedStyle(row).borderBottomWidth).to.equal('1px');
    expect(list.hasAttribute('no-border')).to.equal(false);
  });

  it('lays out key, value and actions side by side when wide, stacked when narrow', async () => {
    const { list } = await mount();
    list.style.inlineSize = '60rem';
    await list.updateComplete;
    const row = list.shadowRoot!.querySelector('.row')!;
    const key = row.querySelector('dt')!.getBoundingClientRect();
    const value = row.querySelector('dd')!.getBoundingClientRect();
    expect(value.top).to.equal(key.top);
    list.style.inlineSize = '20rem';
    const narrowKey = row.querySelector('dt')!.getBoundingClientRect();
    const narrowValue = row.querySelector('dd')!.getBoundingClientRect();
    expect(narrowValue.top).to.be.greaterThan(narrowKey.top);
  });

  it('follows the nearest lang, live', async () => {
    const { container, list } = await mount();
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await list.updateComplete;
    expect((await axNode(actionLinks(list)[0]!)).name).to.equal('Change họ và tên');
    expect(list.shadowRoot!.querySelectorAll('dd.value')[5]!.textContent!.trim()).to.equal('Not provided');
  });

  it('has no axe violations: with actions, without, no-border, in English', async () => {
    for (const [rows, attributes] of [
      [answers, ''],
      [answers.map(({ key, value }) => ({ key, value })), ''],
      [answers, 'no-border'],
    ] as const) {
      const { container } = await mount(rows, attributes);
      let violations = await axeViolations(container);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      container.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      violations = await axeViolations(container);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    }
  });
});
