import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AssistedFilingAdapter, DvcAssistedIntake, IdentityResponse } from '@dvc/procedure';
import '@dvc/procedure/assisted/define.js';

/**
 * Assisted filing (ADR 0014): an officer identifies the citizen from the chip ID card's QR code,
 * records their consent, and files beside them under a banner that says so.
 */

/** Synthetic card QR text (the identity fixtures' "legacy-address" citizen). */
const cardQr =
  '034168005566|151234567|Trịnh Thị Mai|30111968|Nữ|Thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình|15082021';

/** A back end for stories: every QR text gets a token; OTP offered with the demo code 246810. */
function storyAdapter(otp: boolean): AssistedFilingAdapter {
  return {
    identifyFromQr: (qrText) =>
      Promise.resolve({ source: 'cccd-qr', claims: qrText, prefillToken: 'story-token' } as IdentityResponse),
    ...(otp
      ? {
          requestOtp: () =>
            Promise.resolve({ challengeId: 'OTP-STORY', expiresAt: '2026-12-06T05:00:00Z', demoCode: '246810' }),
          verifyOtp: (_challengeId: string, code: string) => Promise.resolve(code === '246810'),
        }
      : {}),
  };
}

const intake = (otp = false) =>
  html`<dvc-assisted-intake
    officer-id="CB-0001"
    officer-name="Lê Thị Thu Hà"
    .adapters=${{ assisted: storyAdapter(otp) }}
  ></dvc-assisted-intake>`;

/** Types `text` into the QR field and presses "Đọc thông tin trên thẻ". */
async function readCard(canvasElement: HTMLElement, text: string): Promise<DvcAssistedIntake> {
  const element = canvasElement.querySelector('dvc-assisted-intake')!;
  await element.updateComplete;
  const field = element.shadowRoot!.querySelector('dvc-textarea')!;
  await field.updateComplete;
  const textarea = field.shadowRoot?.querySelector('textarea') ?? field.querySelector('textarea');
  if (textarea) {
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
  const buttons = [...element.shadowRoot!.querySelectorAll('dvc-button')];
  buttons[buttons.length - 1]?.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await element.updateComplete;
  return element;
}

const meta: Meta = {
  title: 'Procedure/Assisted filing',
  component: 'dvc-assisted-intake',
  render: () => intake(),
};
export default meta;

type Story = StoryObj;

/** The first page: scan (where the browser can) or type the card's QR text. */
export const IdentifyFromCard: Story = {};

/** Text that is not a card's QR code: a localized error on the field, the text kept. */
export const UnreadableQrText: Story = {
  play: async ({ canvasElement }) => {
    await readCard(canvasElement, '034168005566|Trịnh Thị Mai');
  },
};

/** The card read: details to compare with the card, the confirmation to read aloud. */
export const SpokenConsent: Story = {
  play: async ({ canvasElement }) => {
    await readCard(canvasElement, cardQr);
  },
};

/** With an OTP adapter the officer may choose a code to the citizen's phone instead. */
export const OtpConsentOffered: Story = {
  render: () => intake(true),
  play: async ({ canvasElement }) => {
    await readCard(canvasElement, cardQr);
  },
};

/** Without an assisted adapter the page says assisted filing is not set up. */
export const NotSetUp: Story = {
  render: () => html`<dvc-assisted-intake officer-id="CB-0001"></dvc-assisted-intake>`,
};

/** The banner above every page of an assisted filing. */
export const Banner: Story = {
  render: () =>
    html`<dvc-assisted-banner
      officer-id="CB-0001"
      officer-name="Lê Thị Thu Hà"
      citizen-name="Trịnh Thị Mai"
    ></dvc-assisted-banner>`,
};

/** The banner before the citizen is identified, with large text and simplified language on. */
export const BannerLargeTextSimplified: Story = {
  render: () => html`<dvc-assisted-banner officer-id="CB-0002" large-text simplified-language></dvc-assisted-banner>`,
};

/** The printable receipt the officer gives the citizen (QR code of the status page). */
export const Receipt: Story = {
  render: () =>
    html`<dvc-receipt
      .receipt=${{ reference: 'DVC-7M2K-9QXA-04RT-HB3N-E', status: 'received', submittedAt: '2026-12-06T03:05:00Z' }}
      procedure-title="Đăng ký khai sinh"
      status-href="https://dichvucong.example.gov.vn/status.html?ref=DVC-7M2K-9QXA-04RT-HB3N-E"
      assisted-by="Lê Thị Thu Hà"
    ></dvc-receipt>`,
};

/** The receipt of a signed application: when it was signed and with which certificate. */
export const SignedReceipt: Story = {
  render: () =>
    html`<dvc-receipt
      .receipt=${{
        reference: 'DVC-7M2K-9QXA-04RT-HB3N-E',
        status: 'received',
        submittedAt: '2026-12-06T03:05:00Z',
        signed: {
          subject: 'CN=Trần Thị Bình, O=DVC Kit demo, C=VN',
          serialNumber: '7F3A09C2E1',
          signedAt: '2026-12-06T03:04:00.000Z',
        },
      }}
      procedure-title="Cấp Phiếu lý lịch tư pháp"
      status-href="https://dichvucong.example.gov.vn/status.html?ref=DVC-7M2K-9QXA-04RT-HB3N-E"
    ></dvc-receipt>`,
};
