/**
 * Demo sign-in: the citizen picks one of the synthetic citizens (standing in for VNeID), or
 * carries on without signing in. Afterwards back to `?next=` (a path of this portal) or home.
 */
import '@dvc/components/radios/define.js';
import '@dvc/components/button/define.js';
import '@dvc/components/error-summary/define.js';
import { html, nothing, render } from 'lit';
import type { DvcRadios } from '@dvc/components';
import { listCitizens, signIn, type DemoCitizenListing } from '../api.js';
import { renderAll, safeNext, startPage } from '../shell.js';
import { t } from '../text.js';

const sourceNames: Record<string, string> = { vneid: 'VNeID', 'portal-profile': 'Cổng DVC', 'cccd-qr': 'QR CCCD' };
const next = safeNext(new URLSearchParams(location.search).get('next'));
let citizens: DemoCitizenListing[] | 'error' = [];
let showMissing = false;
let failed = false;

const form = document.querySelector<HTMLFormElement>('#sign-in-form');
const radios = document.querySelector<DvcRadios>('#citizen');

function renderPage(): void {
  const skip = document.querySelector<HTMLAnchorElement>('#without-sign-in');
  if (skip) skip.href = next;
  if (radios) {
    radios.label = t('signIn.citizenLabel');
    radios.hint = t('signIn.citizenHint');
    radios.messages = { valueMissing: t('signIn.citizenRequired'), valueMissingChoice: t('signIn.citizenRequired') };
    radios.options =
      citizens === 'error'
        ? []
        : citizens.map((citizen) => ({ value: citizen.id, label: citizen.label, hint: t('signIn.sources', { sources: citizen.sources.map((source) => sourceNames[source] ?? source).join(', ') }) }));
  }
  const problem = document.querySelector<HTMLElement>('#sign-in-problem');
  if (problem) problem.textContent = failed || citizens === 'error' ? t('signIn.failed') : '';
  const errors = document.querySelector<HTMLElement>('#errors');
  if (errors) {
    render(
      showMissing && radios ? html`<dvc-error-summary .heading=${t('signIn.errorHeading')} .errors=${[{ target: radios, message: t('signIn.citizenRequired') }]}></dvc-error-summary>` : nothing,
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
