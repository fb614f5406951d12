/** Status tracking: `<dvc-status>` for `?ref=`, from `GET /api/submissions/:reference`; without `?ref=`, a look-up form. */
import '@dvc/components/text-input/define.js';
import '@dvc/components/button/define.js';
import '@dvc/procedure/define.js';
import { createHttpAdapters, AdapterError, type SubmissionStatusReport } from '@dvc/procedure';
import { html, nothing } from 'lit';
import { renderAll, renderPart, startPage } from '../shell.js';
import { t } from '../text.js';

const reference = (new URLSearchParams(location.search).get('ref') ?? '').trim();
type PageState =
  | { kind: 'lookup' }
  | { kind: 'loading' }
  | { kind: 'problem'; key: string }
  | { kind: 'ready'; report: SubmissionStatusReport };
let state: PageState = reference ? { kind: 'loading' } : { kind: 'lookup' };

function renderPage(): void {
  const host = document.querySelector<HTMLElement>('#status-host');
  if (!host) return;
  const heading = reference ? `${t('status.title')} ${reference}` : t('status.title');
  let body;
  if (state.kind === 'lookup' || state.kind === 'problem') {
    body = html`${state.kind === 'problem' ? html`<p class="problem" role="alert">${t(state.key, { reference })}</p>` : nothing}
      <form class="lookup" action="/status.html" method="get">
        <dvc-text-input
          name="ref"
          .label=${t('status.lookupLabel')}
          .hint=${t('status.lookupHint')}
          .value=${reference}
          required
          .messages=${{ valueMissing: t('status.lookupRequired') }}
        ></dvc-text-input>
        <dvc-button type="submit">${t('status.lookupSubmit')}</dvc-button>
      </form>`;
  } else if (state.kind === 'loading') body = html`<p>${t('status.loading')}</p>`;
  else body = html`<dvc-status .report=${state.report}></dvc-status>`;
  renderPart(
    html`<h1>${heading}</h1>
      ${body}`,
    host,
  );
}

startPage({ render: renderPage });

if (reference) {
  createHttpAdapters({ baseUrl: '/api/' })
    .submission.getStatus(reference)
    .then((report) => {
      state = { kind: 'ready', report };
    })
    .catch((error: unknown) => {
      state = {
        kind: 'problem',
        key: error instanceof AdapterError && error.code === 'not-found' ? 'status.notFound' : 'status.loadError',
      };
    })
    .finally(renderAll);
}
