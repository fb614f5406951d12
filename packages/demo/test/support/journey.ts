/**
 * Drives `<dvc-procedure>` with the keyboard only: Tab / Shift+Tab to a control (found deep
 * through shadow roots), Enter / Space / arrow keys / typing. Field values come from the
 * procedure's data schema (format, enum, name of the property); every page state can be checked
 * with axe on the way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { focusInfo, proceduresDir, tabTo, type FocusInfo } from './harness.js';
import { focusedComboboxIs, focusSettled, movedOrRefused } from './settle.js';

export type Language = 'vi' | 'en';

/** The journey's visible words the driver looks for (the element's contract). */
export const labels = {
  vi: {
    start: /^Bắt đầu/,
    accept: /^Điền sẵn thông tin của tôi/,
    decline: /^Tôi sẽ tự nhập/,
    continue: /^(Tiếp tục|Lưu và quay lại)/,
    pay: /^Thanh toán /,
    paid: /^Mô phỏng thanh toán thành công/,
    submit: /^Gửi hồ sơ$/,
    track: /^Theo dõi tình trạng hồ sơ/,
    feedback: /^Góp ý về dịch vụ này/,
    sendFeedback: /^Gửi góp ý$/,
    change: /^Thay đổi/,
  },
  en: {
    start: /^Start/,
    accept: /^(Fill in my details|Fill in)/,
    decline: /^I will (type|enter)/,
    continue: /^(Continue|Save and return)/,
    pay: /^Pay /,
    paid: /^Simulate a successful payment/,
    submit: /^Submit application$/,
    track: /^Check the status of your application/,
    feedback: /^Give feedback on this service/,
    sendFeedback: /^Send feedback$/,
    change: /^Change/,
  },
} as const;

export function loadDefinition(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(proceduresDir, `${id}.json`), 'utf8')) as Record<string, unknown>;
}

export async function journeyPage(page: Page): Promise<string> {
  return (await page.locator('dvc-procedure').getAttribute('page')) ?? '';
}

/** Waits until the journey shows another page than `from`, and for the new page's focus. */
export async function waitForPageChange(page: Page, from: string, timeout = 30_000): Promise<string> {
  await page.waitForFunction(
    (previous) => document.querySelector('dvc-procedure')?.getAttribute('page') !== previous,
    from,
    { timeout },
  );
  await focusSettled(page);
  return journeyPage(page);
}

/** Tabs to the button or link whose accessible text matches, and activates it with Enter. */
export async function activate(page: Page, name: RegExp, key: 'Enter' | 'Space' = 'Enter'): Promise<FocusInfo> {
  const focus = await tabTo(page, (info) => name.test(info.name), { limit: 150 });
  await page.keyboard.press(key);
  return focus;
}

interface ShownError {
  readonly pointer: string;
  readonly tag: string;
  readonly message: string;
}

/** The `<dvc-form>` controls that show an error now, in document order. */
export function shownErrors(page: Page): Promise<ShownError[]> {
  return page.evaluate(() => {
    const found: { pointer: string; tag: string; message: string }[] = [];
    const host = document.querySelector('dvc-procedure');
    const stack: ParentNode[] = host?.shadowRoot ? [host.shadowRoot] : [];
    while (stack.length > 0) {
      const root = stack.shift() as ParentNode;
      for (const element of root.querySelectorAll('[data-pointer]')) {
        const control = element as HTMLElement & { showsError?: boolean; validationMessage?: string };
        // A natively rendered field (a .dvc-widget box) shows its error as text inside the box.
        const nativeMessage = element.classList.contains('dvc-widget')
          ? (element.querySelector('.error-message')?.textContent ?? '').trim()
          : '';
        if (control.showsError || nativeMessage)
          found.push({
            pointer: element.getAttribute('data-pointer') ?? '',
            // A date rendered in the form's tree (ADR 0019) is filled as <dvc-date-input> was.
            // An address rendered in the form's tree (ADR 0025) is filled as <dvc-address> was.
            tag: element.querySelector('.date-input')
              ? 'dvc-date-input'
              : element.classList.contains('dvc-address-field')
                ? 'dvc-address'
                : element.localName,
            message: control.validationMessage ?? nativeMessage,
          });
      }
      for (const element of root.querySelectorAll('*'))
        if (element.shadowRoot && !element.hasAttribute('data-pointer')) stack.push(element.shadowRoot);
    }
    return found;
  });
}

/** The subschema at a JSON pointer of the data (properties and array items only). */
function schemaAt(definition: Record<string, unknown>, pointer: string): Record<string, unknown> {
  let schema = definition['dataSchema'] as Record<string, unknown>;
  for (const segment of pointer.split('/').slice(1)) {
    const properties = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
    if (properties?.[segment]) schema = properties[segment];
    else if (schema['items']) schema = schema['items'] as Record<string, unknown>;
    else return {};
  }
  return schema;
}

/** A value a citizen could type for a text field. */
function textFor(definition: Record<string, unknown>, pointer: string): string {
  const schema = schemaAt(definition, pointer);
  const key = pointer.split('/').pop() ?? '';
  const format = typeof schema['format'] === 'string' ? schema['format'] : '';
  let value: string;
  if (format === 'vn-personal-id' || /personalId|idNumber/i.test(key)) value = '001090012345';
  else if (format === 'vn-phone' || /phone/i.test(key)) value = '0912345678';
  else if (format === 'email' || /email/i.test(key)) value = 'nguyen.an@example.vn';
  else if (/licen[cs]eNumber|number/i.test(key)) value = '010123456789';
  else if (/name/i.test(key)) value = 'Nguyễn Minh An';
  else value = 'Thông tin thử nghiệm';
  const maxLength = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : undefined;
  if (maxLength) value = value.slice(0, maxLength);
  const pattern = typeof schema['pattern'] === 'string' ? new RegExp(schema['pattern'], 'u') : undefined;
  if (!pattern || pattern.test(value)) return value;
  // A patterned field: the example its hint gives ("ví dụ 09/2015"), else a common shape that fits.
  const hint =
    typeof schema['x-hint'] === 'string'
      ? schema['x-hint']
      : typeof schema['description'] === 'string'
        ? schema['description']
        : '';
  const examples = [...hint.matchAll(/(?:ví dụ|for example)\s+([^\s,;)]+)/giu)].map((match) =>
    (match[1] ?? '').replace(/[.]$/, ''),
  );
  return (
    [...examples, '09/2015', '2015', '0123456789', '012345678912', 'AB123456', '01', '00004'].find((candidate) =>
      pattern.test(candidate),
    ) ?? value
  );
}

function dateFor(pointer: string): [string, string, string] {
  if (/child|tre|birthDate/i.test(pointer) && /child/i.test(pointer)) {
    const recent = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    return [
      String(recent.getDate()).padStart(2, '0'),
      String(recent.getMonth() + 1).padStart(2, '0'),
      String(recent.getFullYear()),
    ];
  }
  if (/issue|date/i.test(pointer) && !/birth/i.test(pointer)) return ['10', '01', '2020'];
  return ['14', '03', '1990'];
}

const inside = (pointer: string) => (focus: FocusInfo) => focus.pointers.includes(pointer);

/** Fills one field, reached with Tab, with the keyboard. */
async function fillField(page: Page, definition: Record<string, unknown>, field: ShownError): Promise<void> {
  let focus = await tabTo(page, inside(field.pointer), { limit: 200 });
  if (field.tag === 'dvc-date-input') {
    const [day, month, year] = dateFor(field.pointer);
    await page.keyboard.type(day);
    await page.keyboard.press('Tab');
    await page.keyboard.type(month);
    await page.keyboard.press('Tab');
    await page.keyboard.type(year);
    return;
  }
  if (field.tag === 'dvc-address') {
    // Province, commune (loaded on demand), then the house and street.
    for (let stop = 0; stop < 6 && focus.pointers.includes(field.pointer); stop += 1) {
      if (focus.role === 'combobox' && focus.value === '') {
        // Open the list (its data loads on demand: it opens once the units are there), take the first unit with Enter.
        await page.keyboard.press('ArrowDown');
        await focusedComboboxIs(page, 'open');
        await page.keyboard.press('Enter');
        await focusedComboboxIs(page, 'chosen');
      } else if (focus.tag === 'select') {
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(700);
      } else if (
        focus.tag === 'input' &&
        focus.role !== 'combobox' &&
        focus.type !== 'radio' &&
        focus.type !== 'checkbox' &&
        focus.value === ''
      ) {
        await page.keyboard.type('Số 1 phố Thử Nghiệm');
      }
      await page.keyboard.press('Tab');
      focus = await focusInfo(page);
    }
    return;
  }
  if (focus.tag === 'select') await page.keyboard.press('ArrowDown');
  else if (focus.type === 'radio' || focus.type === 'checkbox') await page.keyboard.press('Space');
  else if (focus.tag === 'textarea' || focus.tag === 'input') {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(textFor(definition, field.pointer));
  }
}

/**
 * On a step page: Continue; when errors show, fill each erroneous field and Continue again, until
 * the journey moves on. `onErrors` runs once while errors are shown (for axe).
 */
export async function completeStep(
  page: Page,
  definition: Record<string, unknown>,
  language: Language,
  onErrors?: () => Promise<void>,
): Promise<string> {
  const from = await journeyPage(page);
  const filled: string[] = [];
  for (let round = 0; round < 5; round += 1) {
    await activate(page, labels[language].continue);
    // Moved on, or refused with the error summary focused; otherwise given 4 s to move on.
    await movedOrRefused(page, from, 4_000);
    const moved = (await journeyPage(page)) === from ? undefined : await waitForPageChange(page, from);
    if (moved) return moved;
    const errors = await shownErrors(page);
    if (errors.length === 0) {
      // What the form itself says, to tell a driver gap from a form that hides an error.
      const reported = await page.evaluate(() => {
        const form = document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('dvc-form') as
          (Element & { validate?: () => { errors: readonly unknown[] } }) | null | undefined;
        return JSON.stringify(form?.validate?.().errors ?? []);
      });
      throw new Error(
        `step ${from} neither moved on nor showed an error (filled: ${filled.join(', ')}; the form reports ${reported})`,
      );
    }
    if (round === 0) await onErrors?.();
    for (const error of errors) {
      filled.push(`${error.pointer} (${error.message})`);
      await fillField(page, definition, error);
    }
  }
  throw new Error(
    `step ${from} still shows errors: ${JSON.stringify(await shownErrors(page))}; filled: ${filled.join(', ')}`,
  );
}
