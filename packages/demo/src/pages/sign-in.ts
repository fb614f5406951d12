/**
 * Demo sign-in: the citizen picks one of the synthetic citizens (standing in for VNeID), or
 * carries on without signing in. Afterwards back to `?next=` (a path of this portal) or home.
 */
import '@dvc/components/radios/define.js';
import '@dvc/components/button/define.js';
import '@dvc/components/error-summary/define.js';
import { html, nothing } from 'lit';
import type { DvcRadios } from '@dvc/components';
import { listCitizens, listOfficers, signIn, type DemoCitizenListing, type OfficerListing } from '../api.js';
import { officerSignIn } from '../officer-api.js';
import { renderAll, renderPart, safeNext, startPage } from '../shell.js';
import { localized, pageLanguage, t } from '../text.js';

/**
 * The option text in the page language: the citizen's name, then what the case shows. The
 * server's label is Vietnamese; an unknown citizen shows only the name in English rather than
 * Vietnamese text under `lang="en"`.
 */
function citizenLabel(citizen: DemoCitizenListing): string {
  const name = citizen.label.split(':')[0]!.trim();
  const about = t(`signIn.about.${citizen.id}`, { defaultValue: '' });
  if (about) return `${name}: ${about}`;
  return pageLanguage() === 'vi' ? citizen.label : name;
}

function sourceName(source: string): string {
  return t(`signIn.source.${source}`, { defaultValue: source });
}
const next = safeNext(new URLSearchParams(location.search).get('next'));
let citizens: DemoCitizenListing[] | 'error' = [];
let showMissing = false;
let failed = false;
let officers: OfficerListing[] = [];
let officerFailed = false;

/** Assisted filing: one button per synthetic officer; afterwards back to `next`, where the journey starts assisted. */
function renderOfficers(): void {
  const host = document.querySelector<HTMLElement>('#officers');
  if (host) {
    renderPart(
      html`${officers.map(
        (officer) =>
          html`<dvc-button
            type="button"
            variant="secondary"
            @click=${() =>
              officerSignIn(officer.id)
                .then(() => location.assign(next))
                .catch(() => {
                  officerFailed = true;
                  renderAll();
                })}
            >${t('signIn.officerButton', { name: officer.name, unit: localized(officer.unit) })}</dvc-button
          >`,
      )}`,
      host,
    );
  }
  const problem = document.querySelector<HTMLElement>('#officer-problem');
  if (problem) problem.textContent = officerFailed ? t('signIn.failed') : '';
}

const form = document.querySelector<HTMLFormElement>('#sign-in-form');
const radios = document.querySelector<DvcRadios>('#citizen');

function renderPage(): void {
  renderOfficers();
  const skip = document.querySelector<HTMLAnchorElement>('#without-sign-in');
  if (skip) skip.href = next;
  if (radios) {
    radios.label = t('signIn.citizenLabel');
    radios.hint = t('signIn.citizenHint');
    radios.messages = { valueMissing: t('signIn.citizenRequired'), valueMissingChoice: t('signIn.citizenRequired') };
    radios.options =
      citizens === 'error'
        ? []
        : citizens.map((citizen) => ({
            value: citizen.id,
            label: citizenLabel(citizen),
            hint: t('signIn.sources', { sources: citizen.sources.map(sourceName).join(', ') }),
          }));
  }
  const problem = document.querySelector<HTMLElement>('#sign-in-problem');
  if (problem) problem.textContent = failed || citizens === 'error' ? t('signIn.failed') : '';
  const errors = document.querySelector<HTMLElement>('#errors');
  if (errors) {
    renderPart(
      showMissing && radios
        ? html`<dvc-error-summary
            .heading=${t('signIn.errorHeading')}
            .errors=${[{ target: radios, message: t('signIn.citizenRequired') }]}
          ></dvc-error-summary>`
        : nothing,
      errors,
    );
  }
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!radios) return;
  if (!radios.value) {
    radios.showValidation();
    showMissing = true;
    failed = false;
    renderAll();
    return;
  }
  showMissing = false;
  signIn(radios.value)
    .then(() => location.assign(next))
    .catch(() => {
      failed = true;
      renderAll();
    });
});

startPage({ render: renderPage });
listCitizens()
  .then((found) => {
    // Only citizens with claims from some source can sign in (the others exist for other stories).
    citizens = found.filter((citizen) => citizen.sources.length > 0);
  })
  .catch(() => {
    citizens = 'error';
  })
  .finally(renderAll);
listOfficers()
  .then((found) => {
    officers = found;
  })
  .catch(() => {
    officers = [];
  })
  .finally(renderAll);
