/** Home: the procedures the server offers, each with its fee, processing time and a start link. */
import { html, nothing, type TemplateResult } from 'lit';
import { feeSummary } from '@dvc/procedure';
import { listProcedures, type ProcedureListing } from '../api.js';
import { groupByPlan, matchesSearch } from '../catalogue.js';
import { renderAll, renderPart, signedIn, startPage } from '../shell.js';
import { localized, localizedLanguage, t, type Localized } from '../text.js';

let procedures: ProcedureListing[] | 'loading' | 'error' = 'loading';
let query = '';

/** Text from a definition, marked with its own language when English falls back to Vietnamese. */
function text(value: Localized | undefined): TemplateResult {
  const shown = localizedLanguage(value);
  return html`<span lang=${shown === document.documentElement.lang ? nothing : shown}>${localized(value)}</span>`;
}

function feeText(fees: readonly unknown[]): TemplateResult | string {
  try {
    const summary = feeSummary(fees);
    if (summary.free && !summary.hasConditionalFees && !summary.hasUnstatedAmounts) return t('home.feeFree');
    if (summary.total > 0) {
      const reduced = summary.lines.some((line) => line.standardAmount !== undefined);
      return reduced ? t('home.feeOnline', { amount: summary.formattedTotal }) : summary.formattedTotal;
    }
    return t('home.feeVaries');
  } catch {
    return t('home.feeVaries');
  }
}

function renderProcedure(procedure: ProcedureListing): TemplateResult {
  const headingId = `procedure-${procedure.id}`;
  return html`<li class="card">
    <h3 class="card__title" id=${headingId}>${text(procedure.title)}</h3>
    ${procedure.summary ? html`<p>${text(procedure.summary)}</p>` : nothing}
    <dl class="facts">
      <div>
        <dt>${t('home.fee')}</dt>
        <dd>${feeText(procedure.fees)}</dd>
      </div>
      ${
        procedure.processingTime
          ? html`<div>
              <dt>${t('home.processingTime')}</dt>
              <dd>${text(procedure.processingTime)}</dd>
            </div>`
          : nothing
      }
      ${
        procedure.agency
          ? html`<div>
              <dt>${t('home.agency')}</dt>
              <dd>${text(procedure.agency)}</dd>
            </div>`
          : nothing
      }
    </dl>
    <a
      class="start-link"
      href=${`/procedure.html?id=${encodeURIComponent(procedure.id)}`}
      aria-label=${`${t('home.start')}${t('home.startHidden', { title: localized(procedure.title) })}`}
      >${t('home.start')}<svg
        class="start-link__icon"
        aria-hidden="true"
        focusable="false"
        width="17.5"
        height="19"
        viewBox="0 0 33 40"
      >
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" /></svg
    ></a>
  </li>`;
}

/** The plan's groups, filtered by the search (which ignores diacritics). */
function renderCatalogue(all: readonly ProcedureListing[]): TemplateResult {
  const found = all.filter((procedure) =>
    matchesSearch(
      [
        localized(procedure.title, 'vi'),
        localized(procedure.title, 'en'),
        localized(procedure.summary, 'vi'),
        localized(procedure.summary, 'en'),
      ],
      query,
    ),
  );
  return html`<div class="search">
      <label class="search__label" for="procedure-search">${t('home.searchLabel')}</label>
      <p class="search__hint" id="procedure-search-hint">${t('home.searchHint')}</p>
      <input
        class="search__input"
        id="procedure-search"
        type="search"
        autocomplete="off"
        aria-describedby="procedure-search-hint"
        .value=${query}
        @input=${(event: Event) => {
          query = (event.target as HTMLInputElement).value;
          renderPage();
        }}
      />
      <p class="search__count" role="status">
        ${query.trim() ? (found.length ? t('home.results', { count: found.length }) : t('home.noResults', { query })) : ''}
      </p>
    </div>
    ${groupByPlan(found).map(
      (group) =>
        html`<section aria-labelledby=${`group-${group.key}`}>
          <h2 id=${`group-${group.key}`}>${t(`home.groups.${group.key}`)}</h2>
          <ul class="cards">
            ${group.items.map(renderProcedure)}
          </ul>
        </section>`,
    )}`;
}

function renderPage(): void {
  const list = document.querySelector<HTMLElement>('#procedures');
  const hint = document.querySelector<HTMLElement>('#sign-in-hint');
  if (hint) {
    renderPart(
      signedIn() === null
        ? html`<p class="inset">
            ${t('home.signInHint')} <a href="/sign-in.html?next=%2F">${t('home.signInLink')}</a>
          </p>`
        : nothing,
      hint,
    );
  }
  if (!list) return;
  if (procedures === 'loading') renderPart(html`<p>${t('home.loading')}</p>`, list);
  else if (procedures === 'error') renderPart(html`<p class="problem">${t('home.loadError')}</p>`, list);
  else if (procedures.length === 0) renderPart(html`<p>${t('home.empty')}</p>`, list);
  else renderPart(renderCatalogue(procedures), list);
}

startPage({ render: renderPage });
listProcedures()
  .then((found) => {
    procedures = found;
  })
  .catch(() => {
    procedures = 'error';
  })
  .finally(renderAll);
