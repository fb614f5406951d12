/**
 * One procedure's journey: `<dvc-procedure>` with the reference server's HTTP adapters and
 * encrypted IndexedDB drafts. The definition comes from `GET /api/procedures/:id` (`?id=`).
 */
import '@dvc/components/define-all.js';
import '@dvc/form/define.js';
import '@dvc/address/define.js';
import '@dvc/procedure/define.js';
import { setDefaultDataUrl } from '@dvc/address';
import {
  createHttpAdapters,
  createDemoSigner,
  createHttpAssistedAdapter,
  createHttpDemoPaymentAdapter,
  createIndexedDbDraftStorage,
  type ProcedureAdapters,
} from '@dvc/procedure';
import { html, nothing } from 'lit';
import { getProcedure } from '../api.js';
import { officerSession } from '../officer-api.js';
import { renderAll, renderPart, signedIn, startPage } from '../shell.js';
import { localized, t } from '../text.js';

/** What the page needs of `<dvc-procedure>` (its contract with hosts). */
interface ProcedureElement extends HTMLElement {
  procedure: Record<string, unknown> | undefined;
  adapters: ProcedureAdapters;
}

interface SubmittedDetail {
  readonly reference: string;
}

// The address picker's data is served next to the portal (scripts/build.mjs copies it).
setDefaultDataUrl('/address-data/');

const procedureId = new URLSearchParams(location.search).get('id') ?? '';
type PageState =
  { kind: 'loading' } | { kind: 'problem'; key: string } | { kind: 'ready'; definition: Record<string, unknown> };
let state: PageState = procedureId ? { kind: 'loading' } : { kind: 'problem', key: 'procedure.missingId' };
let element: ProcedureElement | undefined;
let reference = '';

function renderPage(): void {
  const host = document.querySelector<HTMLElement>('#procedure-host');
  const notice = document.querySelector<HTMLElement>('#procedure-notice');
  const after = document.querySelector<HTMLElement>('#procedure-after');
  if (!host || !notice || !after) return;
  if (state.kind !== 'ready') {
    renderPart(
      html`<h1>${state.kind === 'loading' ? t('procedure.title') : t(state.key)}</h1>
        ${state.kind === 'problem' ? html`<p><a href="/">${t('procedure.backToList')}</a></p>` : nothing}`,
      host,
    );
    return;
  }
  if (!customElements.get('dvc-procedure')) {
    renderPart(
      html`<h1>${localized(state.definition['title'] as string)}</h1>
        <p class="problem">${t('procedure.unavailable')}</p>`,
      host,
    );
    return;
  }
  if (!element) {
    element = document.createElement('dvc-procedure') as ProcedureElement;
    // The portal has no router of its own: the browser's Back and Forward move between the journey's pages.
    element.setAttribute('use-history', '');
    // Verified data that is wrong: the statement says where to have it corrected.
    element.setAttribute('correction-href', '/accessibility.html#correction');
    // The receipt's QR code and link lead to the portal's status page for the application.
    element.setAttribute('status-href', '/status.html?ref={reference}');
    // The demo server can settle payments on request: the journey then offers paid / failed buttons.
    const api = { baseUrl: '/api/' };
    element.adapters = {
      ...createHttpAdapters(api),
      payment: createHttpDemoPaymentAdapter(api),
      storage: createIndexedDbDraftStorage(),
      // Demo digital signatures: a browser key with a certificate from the demo server's CA (never for real use).
      signer: createDemoSigner(api),
      // Assisted filing: the card's QR exchanged for an identity; the demo server shows OTP codes on screen.
      assisted: createHttpAssistedAdapter(api, { demoOtp: true }),
    };
    // An officer signed in files for a citizen: the journey starts with identifying them (ADR 0014).
    const journey = element;
    void officerSession()
      .then((officer) => {
        if (!officer) return;
        journey.setAttribute('officer-id', officer.officerId);
        journey.setAttribute('officer-name', officer.name);
        journey.toggleAttribute('assisted', true);
      })
      .catch(() => undefined);
    // A deep link (`procedure.html?id=…&page=review`) asks for a page; the journey opens it only once everything
    // before it is answered, otherwise the first unanswered page (with `dvc-page-refused`).
    const requestedPage = new URLSearchParams(location.search).get('page');
    if (requestedPage !== null) element.setAttribute('page', requestedPage);
    element.procedure = state.definition;
    element.addEventListener('dvc-procedure-submitted', (event) => {
      reference = (event as CustomEvent<SubmittedDetail>).detail.reference;
      renderPage();
    });
    host.replaceChildren(element);
  }
  // GOV.UK titles: "Page – Procedure – Portal", in the page language.
  element.setAttribute('title-suffix', t('meta.serviceName'));
  // Offer sign-in before the journey starts only: afterwards leaving would interrupt it.
  const offerSignIn = signedIn() === null && (element.getAttribute('page') ?? 'start') === 'start';
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  renderPart(
    offerSignIn
      ? html`<p class="inset">
          ${t('procedure.notSignedIn')} <a href=${`/sign-in.html?next=${next}`}>${t('procedure.signInToPrefill')}</a>.
        </p>`
      : nothing,
    notice,
  );
  renderPart(
    reference
      ? html`<p>
          <a href=${`/status.html?ref=${encodeURIComponent(reference)}`}>${t('procedure.trackLink', { reference })}</a>
        </p>`
      : nothing,
    after,
  );
}

startPage({
  render: renderPage,
  title: () => (element ? null : (document.querySelector('main h1')?.textContent?.trim() ?? '')),
});

if (procedureId) {
  getProcedure(procedureId)
    .then((definition) => {
      state = definition ? { kind: 'ready', definition } : { kind: 'problem', key: 'procedure.notFound' };
    })
    .catch(() => {
      state = { kind: 'problem', key: 'procedure.loadError' };
    })
    .finally(renderAll);
}

// The sign-in offer goes once the journey leaves its start page.
new MutationObserver(() => renderPage()).observe(document.querySelector('#procedure-host') ?? document.body, {
  attributes: true,
  subtree: true,
  attributeFilter: ['page'],
});
