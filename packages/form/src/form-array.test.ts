import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../test/support/accessibility.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { control, has, mountForm, type } from '../../../test/support/form-suite.js';
import { settle } from '../../../test/support/settle.js';
import './define.js';
import type { DvcForm } from './form.js';

// Lists render from a template in the form's own shadow root (ADR 0024): no element of their own, the same
// behaviour as the `<dvc-form-array>` element they replace.
const schema = {
  type: 'object',
  properties: {
    fullName: { type: 'string', title: 'Họ và tên' },
    companions: {
      type: 'array',
      title: 'Người đi cùng',
      description: 'Ghi từng người',
      'x-item-title': 'người đi cùng',
      maxItems: 2,
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', title: 'Họ và tên người đi cùng' } },
      },
    },
    otherNames: { type: 'array', title: 'Tên gọi khác', uniqueItems: true, items: { type: 'string', minLength: 1 } },
  },
};

function box(form: DvcForm, pointer: string): HTMLElement {
  return control(form, pointer);
}

/** The add button of a list (whichever element or native button draws it). */
function addButton(form: DvcForm, pointer: string): HTMLElement | null {
  return box(form, pointer).querySelector<HTMLElement>(':scope > .add');
}

function removeButtons(form: DvcForm, pointer: string): HTMLElement[] {
  return [...box(form, pointer).querySelectorAll<HTMLElement>(':scope > .array-item .remove')];
}

function status(form: DvcForm, pointer: string): string {
  return box(form, pointer).querySelector(':scope > [role="status"]')!.textContent ?? '';
}

async function click(form: DvcForm, button: HTMLElement | null | undefined): Promise<void> {
  button!.click();
  await aTimeout(0);
  await settle(form);
}

/** The element that really has focus, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What changes in the form's shadow root while `action` runs: the nodes whose children, attributes or text changed. */
async function mutatedDuring(form: DvcForm, action: () => Promise<void>): Promise<Node[]> {
  const targets: Node[] = [];
  const observer = new MutationObserver((records) => targets.push(...records.map((record) => record.target)));
  observer.observe(form.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  await action();
  await settle(form);
  targets.push(...observer.takeRecords().map((record) => record.target));
  observer.disconnect();
  return targets;
}

describe('dvc-form lists without an element of their own (ADR 0024)', () => {
  it('renders a list of groups and a list of strings in the form tree, with no <dvc-form-array>', async () => {
    const form = await mountForm(schema, { otherNames: ['Bé Na'] });
    expect(form.shadowRoot!.querySelector('dvc-form-array'), 'no list element').to.equal(null);
    // Nor any element of the items: their groups and the add/remove buttons are native markup (ADR 0023).
    const elements = [...form.shadowRoot!.querySelectorAll('*')].filter(
      (node) => node.localName !== 'dvc-error-summary',
    );
    expect(elements.filter((node) => node.localName.includes('-')).map((node) => node.localName)).to.deep.equal([]);
    expect(elements.filter((node) => node.shadowRoot !== null)).to.deep.equal([]);
    expect(
      form.shadowRoot!.querySelectorAll('fieldset.array-item').length,
      'items are native fieldsets',
    ).to.be.greaterThan(0);
    expect(form.shadowRoot!.querySelector('button.add'), 'the add button is a native button').to.not.equal(null);
    for (const pointer of ['/companions', '/otherNames']) {
      const list = box(form, pointer);
      expect([list.localName, list.getAttribute('role'), list.shadowRoot], pointer).to.deep.equal([
        'div',
        'group',
        null,
      ]);
    }
    expect(fieldView(form, '/otherNames/0').native, 'a string item is a native widget').to.equal(true);
    expect(fieldView(form, '/otherNames/0').input.value).to.equal('Bé Na');
    const group = await axNode(box(form, '/companions'));
    expect([group.role, group.name]).to.deep.equal(['group', 'Người đi cùng']);
    expect(box(form, '/companions').querySelector('.array-hint')!.textContent).to.equal('Ghi từng người');
    // The lists' sheet comes with their chunk and is adopted by the form's shadow root.
    const item = box(form, '/otherNames').querySelector('.array-item')!;
    expect(getComputedStyle(item).borderInlineStartWidth, 'the item style').to.equal('4px');
  });

  it('prefills items from the value, with legends and remove buttons named after each item', async () => {
    const form = await mountForm(schema, { companions: [{ name: 'Lê Văn An' }, { name: 'Phạm Thị Bình' }] });
    expect(fieldView(form, '/companions/1/name').input.value).to.equal('Phạm Thị Bình');
    expect(addButton(form, '/companions'), 'no add button at maxItems').to.equal(null);
    const nodes = flattenAx(await axNode(box(form, '/companions')));
    expect(nodes.filter((node) => node.role === 'group').map((node) => node.name)).to.deep.equal([
      'Người đi cùng',
      'Người đi cùng 1',
      'Người đi cùng 2',
    ]);
    expect(nodes.filter((node) => node.role === 'button').map((node) => node.name)).to.deep.equal([
      'Xóa Người đi cùng 1',
      'Xóa Người đi cùng 2',
    ]);
  });

  it('adds and removes strings: focus on the new item, then on the add button of the emptied list, announced', async () => {
    const form = await mountForm(schema);
    expect(has(form, '/otherNames/0')).to.equal(false);
    await click(form, addButton(form, '/otherNames'));
    expect(fieldView(form, '/otherNames/0').hasFocus, 'focus in the new item').to.equal(true);
    expect(status(form, '/otherNames')).to.equal('Đã thêm mục 1');
    await sendKeys({ type: 'Bống' });
    await settle(form);
    await click(form, addButton(form, '/otherNames'));
    expect(fieldView(form, '/otherNames/1').hasFocus).to.equal(true);
    await click(form, removeButtons(form, '/otherNames')[1]);
    expect(status(form, '/otherNames')).to.equal('Đã xóa mục 2');
    expect(fieldView(form, '/otherNames/0').hasFocus, 'focus in the item before').to.equal(true);
    await click(form, removeButtons(form, '/otherNames')[0]);
    expect(form.value).to.deep.equal({ otherNames: [] });
    expect(form.shadowRoot!.activeElement, 'focus on the add button').to.equal(addButton(form, '/otherNames'));
  });

  it('re-renders the list alone when its items change, and nothing but the field on a keystroke in an item', async () => {
    const form = await mountForm(schema, { companions: [{ name: 'Lê Văn An' }] });
    const list = box(form, '/companions');
    const added = await mutatedDuring(form, () => click(form, addButton(form, '/companions')));
    expect(added.length, 'the list changed').to.be.above(0);
    expect(
      added.filter((node) => !list.contains(node)),
      'nothing outside the list',
    ).to.deep.equal([]);
    const field = fieldView(form, '/companions/0/name').host;
    const typed = await mutatedDuring(form, () => type(form, '/companions/0/name', 'h'));
    expect(form.value).to.deep.equal({ companions: [{ name: 'Lê Văn Anh' }, {}] });
    expect(
      typed.filter((node) => !field.contains(node)),
      'nothing outside the field typed in',
    ).to.deep.equal([]);
  });

  it('re-words the list, its legends and buttons when the language changes, keeping the items', async () => {
    const form = await mountForm(schema, { companions: [{ name: 'Lê Văn An' }] });
    form.lang = 'en';
    await waitUntil(() => addButton(form, '/companions')?.textContent?.includes('Add'), 'English add button');
    await settle(form);
    const nodes = flattenAx(await axNode(box(form, '/companions')));
    expect(nodes.filter((node) => node.role === 'button').map((node) => node.name)).to.deep.equal([
      'Remove Người đi cùng 1',
      'Add người đi cùng',
    ]);
    expect(fieldView(form, '/companions/0/name').input.value).to.equal('Lê Văn An');
  });

  it('shows errors of items and links the summary to an item field and to the list', async () => {
    const form = await mountForm(schema, { companions: [{}], otherNames: ['Na', 'Na'] });
    form.requestSubmit();
    await settle(form);
    expect(fieldView(form, '/companions/0/name').error).to.equal('Nhập họ và tên người đi cùng');
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Nhập họ và tên người đi cùng',
      'Tên gọi khác có mục bị trùng',
    ]);
    links[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(form);
    expect(deepActive(), 'the item field').to.equal(fieldView(form, '/companions/0/name').input);
    links[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(form);
    expect(deepActive(), "the list's first field").to.equal(fieldView(form, '/otherNames/0').input);
  });

  for (const [name, value, submit] of [
    ['empty', {}, false],
    ['with one item', { companions: [{ name: 'Lê Văn An' }], otherNames: ['Na'] }, false],
    ['at maxItems', { companions: [{ name: 'Lê Văn An' }, { name: 'Phạm Thị Bình' }] }, false],
    ['with errors', { companions: [{}], otherNames: ['Na', 'Na'] }, true],
  ] as const) {
    it(`has no axe violations ${name}`, async () => {
      const form = await mountForm(schema, value);
      if (submit) {
        form.requestSubmit();
        await settle(form);
      }
      const violations = await axeViolations(form);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }
});
