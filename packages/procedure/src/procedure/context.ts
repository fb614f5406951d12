/** What `<dvc-procedure>` fetches once per procedure and adapters: identity, held documents, the draft. */
import { findPrefillFields } from '@dvc/form';
import { describeIdentityProblem, loadedIdentityChecks, mapClaimsLazily, prefillValue } from '@dvc/identity/prefill.js';
import type { IdentityResponse } from '../adapters/types.js';
import { isPageName, type JourneyPage } from '../journey/pages.js';
import type { DvcProcedure } from './procedure.js';

const tokens = new WeakMap<DvcProcedure, number>();

/** Identity claims become the identity the form fills from (or the reasons they cannot). */
export async function identityFromResponse(host: DvcProcedure, response: IdentityResponse): Promise<void> {
  // The adapters (with zod) load with the definition's check (`definition-loading.ts`): a lazy chunk in the CDN build.
  const checks = loadedIdentityChecks();
  const mapped = checks
    ? checks.mapClaims(response.source, response.claims)
    : await mapClaimsLazily(response.source, response.claims);
  if (mapped.ok) {
    host.identity = { citizen: mapped.citizen, prefillToken: response.prefillToken };
    host.identityProblems = [];
    const schema = host.journey().schema;
    const citizen = mapped.citizen;
    // The consent page exists only when identity data answers at least one question.
    host.identityCanPrefill = findPrefillFields(schema as never).some(
      (field) => prefillValue(citizen, field.spec, field.schema) !== undefined,
    );
  } else {
    host.identity = undefined;
    host.identityCanPrefill = false;
    host.identityProblems = mapped.problems.map((problem) => describeIdentityProblem(problem, host.language));
  }
}

/** Loads the context, restores a draft, then opens the page asked for (checked by the journey). */
export async function loadContext(host: DvcProcedure): Promise<void> {
  const token = (tokens.get(host) ?? 0) + 1;
  tokens.set(host, token);
  const definition = host.definition;
  if (!definition) return;
  host.ready = false;
  const { identity, documents } = host.adapters;
  // In assisted filing the officer's intake identifies the citizen: the browser's own signed-in user (their
  // identity, held documents, drafts) plays no part. The coordinator keeps no drafts then (no storage).
  const own = !host.assisted;
  const asked = own ? identity?.getIdentity() : undefined;
  // Held documents belong to a signed-in citizen: when the identity adapter answers nobody, they are not asked
  // for (a request that can only fail, and a console error on every signed-out visit).
  const held =
    own && documents
      ? asked
        ? asked.then(
            (found) => (found ? documents.listDocuments() : []),
            () => documents.listDocuments(),
          )
        : documents.listDocuments()
      : undefined;
  const [identityResult, heldResult, draftResult] = await Promise.allSettled([
    asked,
    held,
    host.drafts.load(definition.id),
  ]);
  if (token !== tokens.get(host)) return;
  if (!own && !host.assistance) {
    // Nothing opens before the intake; `assisted` may come after the visitor's context had loaded: forget it.
    host.pendingPage = undefined;
    host.identity = undefined;
    host.identityCanPrefill = false;
    host.identityProblems = [];
    host.uploads.held = [];
    if (host.restoredAt) await host.clearDraft();
  }
  if (identityResult.status === 'fulfilled' && identityResult.value)
    await identityFromResponse(host, identityResult.value);
  if (heldResult.status === 'fulfilled' && heldResult.value) host.uploads.held = heldResult.value;
  const draft = draftResult.status === 'fulfilled' ? draftResult.value : null;
  let wanted: unknown = host.pendingPage;
  if (draft) {
    host.answers = draft.answers;
    await host.updateComplete;
    if (host.form) host.form.value = draft.answers;
    host.uploads.restore(draft.uploads);
    host.memory = draft.journey ?? {};
    host.submissionKey = draft.submissionKey;
    host.restoredAt = draft.updatedAt;
    if (host.memory.paymentId) await host.payments.resume(host.memory.paymentId);
    // What a look-up found decides the payment page: find it again before placing the citizen.
    if (definition.lookup) await host.lookup.load(host.adapters.lookup, definition, draft.answers, host.language);
    wanted ??= draft.stepId;
  }
  // Locked identity values are not in the draft: the form fills them in again (consent given) before the journey is asked.
  await host.updateComplete;
  await host.form?.updateComplete;
  if (token !== tokens.get(host)) return;
  host.ready = true;
  host.pendingPage = undefined;
  const page: JourneyPage = isPageName(wanted) ? wanted : host.page;
  const journey = host.journey();
  // The pages before the one restored are the way back.
  const pages = journey.pages();
  host.history.stack = journey.canVisit(page) ? pages.slice(0, Math.max(0, pages.indexOf(page))) : [];
  host.page = wanted === undefined ? host.page : (wanted as JourneyPage);
  host.requestUpdate('page');
}
