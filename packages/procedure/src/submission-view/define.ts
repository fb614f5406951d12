import { DvcSubmissionView } from './submission-view.js';

if (!customElements.get('dvc-submission-view')) customElements.define('dvc-submission-view', DvcSubmissionView);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-submission-view': DvcSubmissionView;
  }
}
