import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SubmissionStatusReport } from '@dvc/procedure';
import '@dvc/procedure/define.js';

/** `<dvc-status>`: where an application is, as a timeline; the current status is said in words. */

const received: SubmissionStatusReport = {
  reference: 'DVC-2026-000042',
  status: 'received',
  history: [{ status: 'received', at: '2026-11-25T02:15:00.000Z' }],
};
const ready: SubmissionStatusReport = {
  reference: 'DVC-2026-000042',
  status: 'result-ready',
  history: [
    { status: 'received', at: '2026-11-25T02:15:00.000Z' },
    { status: 'processing', at: '2026-11-25T03:40:00.000Z' },
    { status: 'result-ready', at: '2026-11-26T08:05:00.000Z' },
  ],
};

const meta: Meta = {
  title: 'Procedure/Status',
  component: 'dvc-status',
  render: () => html`<dvc-status .report=${received}></dvc-status>`,
};
export default meta;

type Story = StoryObj;

export const JustReceived: Story = {};
export const ResultReady: Story = { render: () => html`<dvc-status .report=${ready}></dvc-status>` };

/** A signed application: the status says when and with which certificate it was signed. */
export const Signed: Story = {
  render: () =>
    html`<dvc-status
      .report=${{
        ...received,
        signed: {
          subject: 'CN=Trần Thị Bình, O=DVC Kit demo, C=VN',
          serialNumber: '7F3A09C2E1',
          signedAt: '2026-11-25T02:14:00.000Z',
        },
      }}
    ></dvc-status>`,
};
