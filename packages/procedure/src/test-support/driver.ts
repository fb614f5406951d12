/**
 * Drives `<dvc-procedure>` in the browser suites: mount, press a button by its text (also the
 * consent page's, which are `<dvc-form>`'s own), the step form, typing, a draft that opens the
 * journey at a page (a page opens only when everything before it is answered).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, describeViolations } from '../../../../test/support/accessibility.js';
import { settle } from '../../../../test/support/settle.js';
import type { Draft, ProcedureAdapters } from '../adapters/types.js';
import type { DvcProcedure } from '../procedure/procedure.js';
import { citizen, definition } from './journey.js';
import '../define.js';

export type FormElement = HTMLElement & {
  shadowRoot: ShadowRoot;
  requestSubmit(): void;
  updateComplete: Promise<unknown>;
};

export async function mount(
  adapters: ProcedureAdapters,
  lang = 'vi',
  procedure: unknown = definition,
  titleSuffix = '',
): Promise<DvcProcedure> {
  const element = await fixture<DvcProcedure>(
    html`<dvc-procedure
      lang=${lang}
      title-suffix=${titleSuffix}
      .adapters=${adapters}
      .procedure=${procedure}
    ></dvc-procedure>`,
  );
  await settle(element);
  return element;
}

const normalise = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

export function button(element: DvcProcedure, text: string, { prefix = false } = {}): HTMLElement {
  const consent = element.shadowRoot!.querySelector('dvc-form.consent-form')?.shadowRoot;
  const candidates = [
    ...element.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button'),
    ...(consent?.querySelectorAll<HTMLElement>('dvc-button') ?? []),
  ];
  const found = candidates.find((candidate) =>
    prefix ? normalise(candidate.textContent).startsWith(text) : normalise(candidate.textContent) === normalise(text),
  );
  if (!found) throw new Error(`No button "${text}" on page ${element.page}`);
  return found;
}

export async function click(element: DvcProcedure, text: string, options: { prefix?: boolean } = {}): Promise<void> {
  button(element, text, options).click();
  await settle(element);
}

/** The journey's one form (not the consent page's). */
export function form(element: DvcProcedure): FormElement {
  return element.shadowRoot!.querySelector('.step-form dvc-form') as FormElement;
}

export async function continueForm(element: DvcProcedure): Promise<void> {
  form(element).requestSubmit();
  await settle(element);
}

export async function typeInto(element: DvcProcedure, pointer: string, text: string): Promise<void> {
  form(element).shadowRoot.querySelector<HTMLElement>(`[data-pointer="${pointer}"]`)!.focus();
  await sendKeys({ type: text });
  await settle(element);
}

export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function expectAxeClean(element: DvcProcedure): Promise<void> {
  const violations = await axeViolations(element);
  expect(violations, `${element.page}: ${describeViolations(violations)}`).to.deep.equal([]);
}

/** Ticks the journey's declaration. */
export async function declare(element: DvcProcedure): Promise<void> {
  element
    .shadowRoot!.querySelector<HTMLElement>('dvc-checkbox.declaration')!
    .dispatchEvent(new CustomEvent('dvc-change', { detail: { value: true } }));
  await settle(element);
}

/** Drafts that reopen the test procedure at `page` with every earlier page answered. */
export function draftAt(
  page: string,
  answers: Record<string, unknown> = {},
  extra: { journey?: Record<string, unknown>; uploads?: Draft['uploads'] } = {},
): Map<string, Draft> {
  const draft = {
    stepId: page,
    answers: { fullName: citizen.fullName, personalId: citizen.personalId, copies: 1, ...answers },
    uploads: [],
    updatedAt: '2026-11-25T10:00:00Z',
    journey: { consent: 'declined' },
    ...extra,
  } as Draft;
  return new Map([[definition.id, draft]]);
}
