import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StoredSubmission } from '@dvc/procedure';
import '../packages/procedure/src/submission-view/define.js';
import {
  assistedSubmission,
  mixedSubmission,
  sampleDefinition,
  signedSubmission,
  typedSubmission,
} from '../packages/procedure/src/submission-view/samples.js';

/**
 * `<dvc-submission-view>`: a stored application as the receiving officer reads it. Every answer
 * says where it came from — verified from the national database, prefilled and kept, prefilled then
 * changed, or typed — on the page and in its accessible description. Print it for the paper file.
 */

const view = (submission: StoredSubmission) =>
  html`<dvc-submission-view .definition=${sampleDefinition} .submission=${submission}></dvc-submission-view>`;

const meta: Meta = {
  title: 'Procedure/Submission view',
  component: 'dvc-submission-view',
  render: () => view(mixedSubmission),
};
export default meta;

type Story = StoryObj;

/** Verified name, ID and birth date; a phone prefilled then changed; an address prefilled and kept; the rest typed. */
export const VerifiedChangedTyped: Story = {};
/** Filed by an officer beside the citizen (identified from the card's QR); the spoken consent is recorded. */
export const Assisted: Story = { render: () => view(assistedSubmission) };
/** Signed digitally; the officer has started processing it. */
export const Signed: Story = { render: () => view(signedSubmission) };
/** Nobody signed in: no provenance, every answer typed; no documents, no fee, no signature. */
export const NoProvenance: Story = { render: () => view(typedSubmission) };
