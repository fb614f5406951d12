import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { DvcProcedure } from '@dvc/procedure';
import type { Draft } from '@dvc/procedure';
import '@dvc/procedure/define.js';
import { citizen, definition, fakeAdapters } from '../packages/procedure/src/test-support/journey.js';
import birthRegistration from '../schemas/procedures/dang-ky-khai-sinh.json';
import residenceRegistration from '../schemas/procedures/dang-ky-thuong-tru.json';
import marriageRegistration from '../schemas/procedures/dang-ky-ket-hon.json';
import { settle } from '../test/support/settle.js';

/**
 * `<dvc-procedure>` runs a whole full-process service from its procedure file: start page,
 * identity consent, one page per step, documents, check your answers, declaration, payment and
 * submit, confirmation and status. The adapters here are in-memory fakes with a synthetic citizen; a
 * story opens at a later page through a saved draft, as a reload would.
 */

/** A draft that opens the journey at `stepId` with the synthetic citizen's answers. */
function draftAt(stepId: string, extra: Partial<Draft> = {}): Map<string, Draft> {
  const answers = { fullName: citizen.fullName, personalId: citizen.personalId, copies: 2 };
  return new Map([
    [
      definition.id,
      {
        stepId,
        answers,
        uploads: [{ documentId: 'giay-to', source: 'held', reference: 'held-1', name: 'Giấy khai sinh' }],
        updatedAt: '2026-11-25T03:00:00.000Z',
        journey: { consent: 'accepted', declared: true },
        ...extra,
      } as Draft,
    ],
  ]);
}

function journey(
  procedure: unknown,
  options: { drafts?: Map<string, Draft>; paid?: boolean; identity?: boolean } = {},
): TemplateResult {
  const { adapters } = fakeAdapters({
    ...(options.drafts ? { drafts: options.drafts } : {}),
    ...(options.paid ? { paid: true } : {}),
  });
  const chosen = options.identity === false ? { ...adapters, identity: undefined } : adapters;
  return html`<dvc-procedure .procedure=${procedure} .adapters=${chosen}></dvc-procedure>`;
}

function journeyElement(canvasElement: HTMLElement): DvcProcedure {
  const element = canvasElement.querySelector('dvc-procedure');
  if (!element) throw new Error('The story has no <dvc-procedure>');
  return element;
}

/** Waits for the page a draft opens. */
async function openAt(canvasElement: HTMLElement, page: string): Promise<void> {
  const element = journeyElement(canvasElement);
  const deadline = Date.now() + 5000;
  while (element.page !== page && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  await settle(element);
}

const meta: Meta = {
  title: 'Procedure/Journey',
  component: 'dvc-procedure',
  render: () => journey(birthRegistration),
};
export default meta;

type Story = StoryObj;

/** Birth registration: what the service does, cost, time, documents, other ways to apply, help. */
export const StartPage: Story = {};

/** Residence registration (CT01): a fee that is lower online. */
export const StartPageWithFee: Story = { render: () => journey(residenceRegistration, { identity: false }) };

/** Marriage registration, first step, without identity: every field to type. */
export const FirstStep: Story = {
  render: () => journey(marriageRegistration, { identity: false }),
  play: async ({ canvasElement }) => {
    const element = journeyElement(canvasElement);
    await settle(element);
    element.shadowRoot!.querySelector<HTMLElement>('dvc-button')!.click();
    await settle(element);
  },
};

/** After sign-in: what identity data will fill in, and the choice to type everything instead. */
export const IdentityConsent: Story = {
  render: () => journey(definition),
  play: async ({ canvasElement }) => {
    const element = journeyElement(canvasElement);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(element);
    [...element.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button')].at(-1)?.click();
    await settle(element);
  },
};

/** A step with locked, verified values (restored from a draft: the "continue where you left off" banner shows). */
export const StepWithVerifiedValues: Story = {
  render: () => journey(definition, { drafts: draftAt('step-ban-than') }),
  play: ({ canvasElement }) => openAt(canvasElement, 'step-ban-than'),
};

/** Documents: reuse a record the state holds, or upload. */
export const Documents: Story = {
  render: () => journey(definition, { drafts: draftAt('documents', { uploads: [] }) }),
  play: ({ canvasElement }) => openAt(canvasElement, 'documents'),
};

/** Payment by VietQR, with the demo's paid / failed simulation. */
export const Payment: Story = {
  render: () => journey(definition, { drafts: draftAt('payment') }),
  play: async ({ canvasElement }) => {
    await openAt(canvasElement, 'payment');
    const element = journeyElement(canvasElement);
    [...element.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button')].at(-1)?.click();
    await settle(element);
  },
};

/** Check your answers: summary lists with "Thay đổi" links, before the declaration and payment. */
export const CheckYourAnswers: Story = {
  render: () => journey(definition, { drafts: draftAt('review'), paid: true }),
  play: ({ canvasElement }) => openAt(canvasElement, 'review'),
};

/** The declaration: the citizen confirms the information is true before it is sent. */
export const Declaration: Story = {
  render: () =>
    journey(definition, { drafts: draftAt('declaration', { journey: { consent: 'accepted' } } as Partial<Draft>) }),
  play: ({ canvasElement }) => openAt(canvasElement, 'declaration'),
};

/** Confirmation: the reference, its QR code, what happens next, print. */
export const Confirmation: Story = {
  render: () =>
    journey(definition, {
      drafts: draftAt('payment', {
        journey: { consent: 'accepted', declared: true, paymentId: 'PAY-1' },
      } as Partial<Draft>),
      paid: true,
    }),
  play: async ({ canvasElement }) => {
    await openAt(canvasElement, 'payment');
    const element = journeyElement(canvasElement);
    // Paid already: the payment page's last button sends the application.
    [...element.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button')].at(-1)?.click();
    const deadline = Date.now() + 5000;
    while (element.page !== 'confirmation' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    await settle(element);
  },
};

/** A procedure file that breaks the format: a localized error naming where, and nothing half-working. */
export const BrokenDefinition: Story = { render: () => journey({ ...definition, steps: [] }) };
