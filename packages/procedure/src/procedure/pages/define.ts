/** Registers the journey's page elements (used inside `<dvc-procedure>`) and the receipt the confirmation shows. */
import '../../assisted/receipt/define.js';
import { DvcStartPage } from './start-page.js';
import { DvcConsentPage } from './consent-page.js';
import { DvcStepPage } from './step-page.js';
import { DvcDocumentsPage } from './documents-page.js';
import { DvcPaymentPage } from './payment-page.js';
import { DvcReviewPage } from './review-page.js';
import { DvcDeclarationPage } from './declaration-page.js';
import { DvcConfirmationPage } from './confirmation-page.js';
import { DvcStatusPage } from './status-page.js';
import { DvcFeedbackPage } from './feedback-page.js';

const pages = {
  'dvc-start-page': DvcStartPage,
  'dvc-consent-page': DvcConsentPage,
  'dvc-step-page': DvcStepPage,
  'dvc-documents-page': DvcDocumentsPage,
  'dvc-payment-page': DvcPaymentPage,
  'dvc-review-page': DvcReviewPage,
  'dvc-declaration-page': DvcDeclarationPage,
  'dvc-confirmation-page': DvcConfirmationPage,
  'dvc-status-page': DvcStatusPage,
  'dvc-feedback-page': DvcFeedbackPage,
} as const;

for (const [name, element] of Object.entries(pages))
  if (!customElements.get(name)) customElements.define(name, element);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-start-page': DvcStartPage;
    'dvc-consent-page': DvcConsentPage;
    'dvc-step-page': DvcStepPage;
    'dvc-documents-page': DvcDocumentsPage;
    'dvc-payment-page': DvcPaymentPage;
    'dvc-review-page': DvcReviewPage;
    'dvc-declaration-page': DvcDeclarationPage;
    'dvc-confirmation-page': DvcConfirmationPage;
    'dvc-status-page': DvcStatusPage;
    'dvc-feedback-page': DvcFeedbackPage;
  }
}
