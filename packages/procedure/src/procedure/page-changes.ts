/**
 * Page changes of `<dvc-procedure>`: every page asked for (property, attribute, draft, deep link)
 * is checked by the journey before it renders; a page that cannot open now is refused with
 * `dvc-page-refused` and the first unanswered page opens instead, never a throw. A page that
 * opened gets its document title, its `dvc-procedure-page` event, its data and the focus.
 */
import { dispatchDvcEvent } from '@dvc/core/events.js';
import { documentTitle, pageHeading } from './pages/headings.js';
import type { DvcPageRefusedDetail, DvcProcedurePageDetail } from './events.js';
import type { DvcProcedure } from './procedure.js';

export class PageChanges {
  /** The language the document title was last written in. */
  private titleLanguage = '';
  /** The page changed while there was no definition to check it against: it opens once the definition is there. */
  private changedWithoutDefinition = false;

  constructor(private readonly host: DvcProcedure) {}

  /** Before rendering: the page asked for opens only if the journey lets it. */
  guard(): void {
    const host = this.host;
    if (!host.definition) return;
    const requested: unknown = host.page;
    if (!host.ready) {
      // Until the context is loaded a requested page waits (`context.ts` asks the journey then); the first page shows.
      const first = host.assisted ? 'assisted-intake' : 'start';
      if (requested !== first && requested !== 'start') host.pendingPage = requested;
      host.page = first;
      return;
    }
    const journey = host.journey();
    const allowed = journey.canVisit(requested);
    if (!allowed) host.page = journey.firstUnanswered();
    host.reviewJourney = undefined;
    if (!allowed) dispatchDvcEvent<DvcPageRefusedDetail>(host, 'dvc-page-refused', { requested, page: host.page });
  }

  /** After rendering: a page that opened is announced, titled, loaded and focused; otherwise the title follows the language. */
  rendered(pageChanged: boolean, definitionChanged: boolean): void {
    const host = this.host;
    // Without a definition nothing has opened (a deep link waits for its check): nothing to announce, load or focus.
    if (!host.definition) {
      this.changedWithoutDefinition ||= pageChanged;
      return;
    }
    if (pageChanged || this.changedWithoutDefinition) {
      this.changedWithoutDefinition = false;
      host.pageErrorsShown = false;
      this.setDocumentTitle();
      dispatchDvcEvent<DvcProcedurePageDetail>(host, 'dvc-procedure-page', { page: host.page });
      if (host.page === 'lookup') host.actions.loadLookup();
      if (host.page === 'review') void this.openReview();
      void this.focusHeading();
    } else if (definitionChanged || this.titleLanguage !== host.language) {
      // A language switch re-titles the page too: the title never stays in the other language.
      this.setDocumentTitle();
    }
  }

  setDocumentTitle(): void {
    const host = this.host;
    if (!host.definition) return;
    const heading = pageHeading(host.definition, host.page, host.language, (key, options) => host.t(key, options));
    const service = pageHeading(host.definition, 'start', host.language, (key) => key);
    const prefix = host.pageErrorsShown ? host.t('errorTitlePrefix') : '';
    document.title = prefix + documentTitle(heading, service, host.t('titleSeparator'), host.titleSuffix);
    this.titleLanguage = host.language;
  }

  /** The review's rows are made once per visit, from the answers once the form has taken them in. */
  private async openReview(): Promise<void> {
    const host = this.host;
    await host.form?.updateComplete;
    if (host.page === 'review' && host.definition) host.reviewJourney = host.journey();
  }

  private async focusHeading(): Promise<void> {
    const host = this.host;
    await host.settled();
    if (host.focusAfterRender) return;
    host.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}
