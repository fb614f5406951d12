/**
 * The officer's page (`/can-bo.html`): the applications received, newest first; one opened
 * (`?ref=`) in `<dvc-submission-view>` with buttons that move it along the statuses the server
 * allows. Behind a demo officer's sign-in of its own (not the citizen's).
 */
import '@dvc/components/button/define.js';
import '@dvc/procedure/define.js';
import { formatDateTime, type SubmissionViewDefinition } from '@dvc/procedure';
import { html, nothing, type TemplateResult } from 'lit';
import { getProcedure } from '../api.js';
import {
  advanceStatus,
  getSubmission,
  listSubmissions,
  officerSession,
  officerSignIn,
  officerSignOut,
  type OfficerSession,
  type OfficerStatus,
  type OfficerSubmission,
  type SubmissionListing,
} from '../officer-api.js';
import { renderAll, renderPart, startPage } from '../shell.js';
import { localized, pageLanguage, t } from '../text.js';

const reference = (new URLSearchParams(location.search).get('ref') ?? '').trim();
type PageState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'problem'; key: string }
  | { kind: 'list'; officer: OfficerSession; submissions: SubmissionListing[] }
  | { kind: 'detail'; officer: OfficerSession; submission: OfficerSubmission; definition: SubmissionViewDefinition };
let state: PageState = { kind: 'loading' };
let message = '';

function officerBar(officer: OfficerSession): TemplateResult {
  return html`<p class="officer-bar">
    <span>${t('officer.signedInAs', { name: officer.name })}</span>
    <button type="button" class="officer-bar__button" @click=${onSignOut}>${t('officer.signOut')}</button>
  </p>`;
}

function renderList(submissions: readonly SubmissionListing[]): TemplateResult {
  if (submissions.length === 0) return html`<p>${t('officer.empty')}</p>`;
  return html`<table class="officer-list">
    <caption>
      ${t('officer.listCaption')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('officer.reference')}</th>
        <th scope="col">${t('officer.procedure')}</th>
        <th scope="col">${t('officer.submittedAt')}</th>
        <th scope="col">${t('officer.status')}</th>
      </tr>
    </thead>
    <tbody>
      ${submissions.map(
        (entry) =>
          html`<tr>
            <th scope="row">
              <a
                href=${`/can-bo.html?ref=${encodeURIComponent(entry.reference)}`}
                aria-label=${t('officer.open', { reference: entry.reference })}
                >${entry.reference}</a
              >
            </th>
            <td>${localized(entry.procedureTitle)}</td>
            <td><time datetime=${entry.submittedAt}>${formatDateTime(entry.submittedAt, pageLanguage())}</time></td>
            <td>${t(`officer.statuses.${entry.status}`)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderDetail(submission: OfficerSubmission, definition: SubmissionViewDefinition): TemplateResult {
  return html`<p class="no-print"><a href="/can-bo.html">${t('officer.back')}</a></p>
    <dvc-submission-view .definition=${definition} .submission=${submission}></dvc-submission-view>
    <section class="officer-actions no-print" aria-labelledby="officer-actions-title">
      <h2 id="officer-actions-title">${t('officer.actionsTitle')}</h2>
      <p id="officer-message" class="officer-message" role="status" tabindex="-1">${message}</p>
      ${
        submission.transitions.length === 0
          ? html`<p>${t('officer.noActions')}</p>`
          : html`<div class="button-group">
              ${submission.transitions.map(
                (status) =>
                  html`<dvc-button
                    variant=${status === 'rejected' ? 'secondary' : nothing}
                    @click=${() => onMove(status)}
                    >${t(`officer.action.${status}`)}</dvc-button
                  >`,
              )}
            </div>`
      }
      <p><dvc-button variant="secondary" @click=${() => window.print()}>${t('officer.print')}</dvc-button></p>
    </section>`;
}

function renderPage(): void {
  const host = document.querySelector<HTMLElement>('#officer-host');
  if (!host) return;
  let body: TemplateResult;
  if (state.kind === 'loading') body = html`<p>${t('officer.loading')}</p>`;
  else if (state.kind === 'problem') body = html`<p class="problem" role="alert">${t(state.key)}</p>`;
  else if (state.kind === 'signed-out')
    body = html`<h2>${t('officer.signInTitle')}</h2>
      <p>${t('officer.signInLead')}</p>
      <dvc-button @click=${onSignIn}>${t('officer.signIn')}</dvc-button>`;
  else if (state.kind === 'list') body = html`${officerBar(state.officer)} ${renderList(state.submissions)}`;
  else body = html`${officerBar(state.officer)} ${renderDetail(state.submission, state.definition)}`;
  renderPart(
    html`<h1>${t('officer.title')}</h1>
      <p class="lead">${t('officer.lead')}</p>
      ${body}`,
    host,
  );
}

async function load(): Promise<void> {
  try {
    const officer = await officerSession();
    if (!officer) {
      state = { kind: 'signed-out' };
    } else if (!reference) {
      state = { kind: 'list', officer, submissions: await listSubmissions() };
    } else {
      const submission = await getSubmission(reference);
      const definition = submission ? await getProcedure(submission.procedureId) : undefined;
      state =
        submission && definition
          ? { kind: 'detail', officer, submission, definition: definition as unknown as SubmissionViewDefinition }
          : { kind: 'problem', key: 'status.notFound' };
    }
  } catch {
    state = { kind: 'problem', key: 'officer.loadError' };
  }
  renderAll();
}

async function onSignIn(): Promise<void> {
  await officerSignIn().catch(() => undefined);
  await load();
}

async function onSignOut(): Promise<void> {
  await officerSignOut().catch(() => undefined);
  location.assign('/can-bo.html');
}

async function onMove(status: OfficerStatus): Promise<void> {
  if (state.kind !== 'detail') return;
  try {
    const submission = await advanceStatus(state.submission.reference, status);
    state = { ...state, submission };
    message = t('officer.moved', { status: t(`officer.statuses.${submission.status}`) });
  } catch {
    message = t('officer.moveError');
  }
  renderAll();
  // The button pressed is gone with the old status: focus goes to what happened.
  document.querySelector<HTMLElement>('#officer-message')?.focus();
}

startPage({ render: renderPage });
void load();
