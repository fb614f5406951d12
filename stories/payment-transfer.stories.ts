import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VietQrTransfer } from '@dvc/procedure';
import '@dvc/procedure/define.js';

/**
 * `<dvc-payment-transfer>`: a bank transfer as text with copy buttons, for citizens who cannot
 * scan the QR code (no camera, screen reader, paying from another device). Synthetic account.
 */

const transfer: VietQrTransfer = {
  bankBin: '970415',
  accountNumber: '1010000000001',
  accountName: 'DVC KIT DEMO',
  amount: 200000,
  purpose: 'DVC PAY-2026-000042',
};

const meta: Meta = {
  title: 'Procedure/Payment transfer',
  component: 'dvc-payment-transfer',
  render: () => html`<dvc-payment-transfer .transfer=${transfer}></dvc-payment-transfer>`,
};
export default meta;

type Story = StoryObj;

export const TransferDetails: Story = {};
export const WithoutHolderOrMessage: Story = {
  render: () =>
    html`<dvc-payment-transfer
      .transfer=${{ bankBin: transfer.bankBin, accountNumber: transfer.accountNumber, amount: 100000, purpose: '' }}
    ></dvc-payment-transfer>`,
};
