import type { JourneyPage } from '../../journey/pages.js';
import { localize, type ProcedureDefinition } from '../definition.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The `h1` of a page (and the start of the document title). `t` reads `dvc-procedure:journey.*`. */
export function pageHeading(
  definition: ProcedureDefinition,
  page: JourneyPage,
  language: string,
  t: Translate,
): string {
  if (page.startsWith('step-')) {
    const step = definition.steps.find((candidate) => `step-${candidate.id}` === page);
    if (step) return localize(step.title, language);
  }
  switch (page) {
    case 'assisted-intake':
      return t('assisted.title');
    case 'consent':
      return t('identity.title');
    case 'lookup':
      return localize(definition.lookup?.title, language);
    case 'documents':
      return t('documents.title');
    case 'payment':
      return t('payment.title');
    case 'review':
      return t('review.title');
    case 'declaration':
      return t('review.declarationPageTitle');
    case 'sign':
      return t('sign.title');
    case 'confirmation':
      return t('confirmation.title');
    case 'status':
      return t('status.title');
    case 'feedback':
      return t('feedback.title');
    default:
      return localize(definition.title, language);
  }
}

/** "Trang – Thủ tục – Cổng": the page, the service (once) and the portal's name. */
export function documentTitle(heading: string, service: string, separator: string, suffix: string): string {
  const title = heading === service ? service : `${heading}${separator}${service}`;
  return suffix ? `${title}${separator}${suffix}` : title;
}
