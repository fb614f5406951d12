import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { DvcSignPage, Signer } from '@dvc/procedure';
import '@dvc/procedure/define.js';
import {
  failingSigner,
  instantSigner,
  phoneSigner,
  signingContent,
  signingSchema,
} from '../packages/procedure/src/test-support/signing.js';
import { settle } from '../test/support/settle.js';

/**
 * `<dvc-sign-page>`: the citizen reads exactly what will be signed, then signs it. With a remote
 * signing service the page waits for confirmation on the phone, with a countdown and Cancel.
 */

const signPage = (signer: Signer | undefined): TemplateResult =>
  html`<dvc-sign-page
    .content=${signingContent}
    .schema=${signingSchema}
    .signer=${signer}
    .procedureTitle=${'Cấp Phiếu lý lịch tư pháp'}
  ></dvc-sign-page>`;

/**
 * Presses Sign and waits until the page is in `expected` (the story fails otherwise, so the
 * stories test checks the very state the story names).
 */
const pressSign =
  (expected: DvcSignPage['state']) =>
  async (context: { canvasElement: HTMLElement }): Promise<void> => {
    await signAndWait(context);
    const state = context.canvasElement.querySelector<DvcSignPage>('dvc-sign-page')!.state;
    if (state !== expected) throw new Error(`The sign page is "${state}", not "${expected}"`);
  };

/** Presses Sign and waits until the page has left the "signing" state. */
async function signAndWait({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector<DvcSignPage>('dvc-sign-page')!;
  await settle(element);
  void element.start();
  // Signing, then (signed) the certificate reader, a lazy chunk, filling in the holder and serial.
  const busy = (): boolean =>
    element.state === 'signing' ||
    (element.state === 'signed' && (element.shadowRoot?.querySelectorAll('dd').length ?? 0) < 2);
  for (let round = 0; round < 80 && busy(); round += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  await settle(element);
}

const meta: Meta = {
  title: 'Procedure/Sign page',
  component: 'dvc-sign-page',
  render: () => signPage(instantSigner),
};
export default meta;

type Story = StoryObj;

/** Before signing: the content, labelled from the schema, with the canonical JSON one click away. */
export const ReadyToSign: Story = {};

/** Waiting for the citizen to confirm on the phone: announced, with a countdown and Cancel. */
export const WaitingForThePhone: Story = { render: () => signPage(phoneSigner()), play: pressSign('waiting') };

/** The time to confirm ran out: Retry, or choose another way to sign. */
export const TimedOut: Story = { render: () => signPage(failingSigner('timeout')), play: pressSign('timed-out') };

/** Signed: who signed (the certificate's holder), the issuer, serial number and time. */
export const Signed: Story = { render: () => signPage(instantSigner), play: pressSign('signed') };

/** The citizen declined on the phone: the reason, and Retry. */
export const SigningError: Story = {
  render: () => signPage(failingSigner('signature-declined')),
  play: pressSign('error'),
};

/** No signer configured while the procedure requires a signature. */
export const Unavailable: Story = { render: () => signPage(undefined) };
