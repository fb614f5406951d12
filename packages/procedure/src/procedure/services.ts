/**
 * Journey parts for procedures that are more, or less, than one service with questions:
 * - a bundle (liên thông): the services and agencies on the start page, and each service's own
 *   status on the status page, under one reference;
 * - a service with no questions: the answers identity data gives, shown on the review page
 *   without a "Change" link (they are corrected at source, not here).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { stringsRegistration } from '@dvc/core/i18n.js';
import type { SummaryListRow } from '@dvc/components';
import type { AnswerRow } from '@dvc/form';
import type { SubmissionStatusReport } from '../adapters/types.js';
import { fieldName, localize, type ProcedureDefinition } from './definition.js';
import { servicesStringsVi } from './locales/services.js';

/** `key` is relative to the `dvc-procedure` namespace (`services.bundle.title`, `status.received`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const registerServicesStrings: () => void = stringsRegistration({
  namespace: 'dvc-procedure',
  vi: { services: servicesStringsVi },
  later: { en: () => import('./locales/services-en.js').then((module) => ({ services: module.servicesStringsEn })) },
});

/** Start page of a bundle: which services, which agency, how long each takes. */
export function bundleServicesTemplate(
  definition: ProcedureDefinition,
  language: string,
  t: Translate,
): TemplateResult | typeof nothing {
  const services = definition.bundle?.services;
  if (!services) return nothing;
  const titleOf = (id: string): string => localize(services.find((service) => service.id === id)?.title, language);
  const rows: SummaryListRow[] = services.map((service) => ({
    key: localize(service.title, language),
    value: [
      localize(service.agency.name, language),
      service.processingTime ? localize(service.processingTime.text, language) : '',
      service.after?.length
        ? t('services.bundle.afterOthers', { services: service.after.map(titleOf).join(', ') })
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  }));
  return html`<h2>${t('services.bundle.title', { count: services.length })}</h2>
    <p>${t('services.bundle.intro')}</p>
    <dvc-summary-list .rows=${rows}></dvc-summary-list>`;
}

/** Status page of a bundle: each service's status as the server reports it. */
export function bundleStatusTemplate(
  definition: ProcedureDefinition,
  report: SubmissionStatusReport | undefined,
  language: string,
  t: Translate,
): TemplateResult | typeof nothing {
  const services = definition.bundle?.services;
  if (!services || !report?.services) return nothing;
  const rows: SummaryListRow[] = services.map((service) => {
    const status = report.services?.find((entry) => entry.id === service.id)?.status ?? report.status;
    return {
      key: localize(service.title, language),
      value: t('services.bundle.statusValue', {
        agency: localize(service.agency.name, language),
        status: t(`status.${status}`),
      }),
    };
  });
  return html`<h2>${t('services.bundle.statusTitle')}</h2>
    <dvc-summary-list .rows=${rows}></dvc-summary-list>`;
}

/** Answer rows of top-level fields on no step: identity data answered them (a service with no questions). */
export function identityOnlyRows(definition: ProcedureDefinition, rows: readonly AnswerRow[]): AnswerRow[] {
  const stepped = new Set(definition.steps.flatMap((step) => step.fields.map(fieldName)));
  return rows.filter((row) => !stepped.has(row.topLevel));
}

export function identityOnlyTemplate(
  definition: ProcedureDefinition,
  rows: readonly AnswerRow[],
  valueOf: (row: AnswerRow) => string,
  t: Translate,
): TemplateResult | typeof nothing {
  const shown = identityOnlyRows(definition, rows);
  if (!shown.length) return nothing;
  return html`<h2>${t('services.identityOnly.title')}</h2>
    <p>${t('services.identityOnly.intro')}</p>
    <dvc-summary-list
      .rows=${shown.map((row): SummaryListRow => ({ key: row.label, value: valueOf(row) }))}
    ></dvc-summary-list>`;
}
