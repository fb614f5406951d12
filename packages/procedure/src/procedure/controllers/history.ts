import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JourneyPage } from '../../journey/pages.js';

type State = { dvcProcedurePage?: JourneyPage } | null;

/**
 * The pages the citizen came through (for the back link) and, with `use-history`, the browser's
 * history: each page an entry, so Back and Forward move between pages. `onPop` receives the page
 * of the entry the browser moved to; the host decides whether it may open.
 */
export class HistoryController implements ReactiveController {
  stack: JourneyPage[] = [];
  enabled = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onPop: (page: JourneyPage) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.popped);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popped);
  }

  /** `from` → `to`: one more entry. */
  push(from: JourneyPage, to: JourneyPage): void {
    this.stack = [...this.stack, from];
    if (!this.enabled) return;
    // The current page first becomes an entry of its own (once), so Back returns to it.
    if ((history.state as State)?.dvcProcedurePage === undefined) this.replace(from);
    history.pushState({ dvcProcedurePage: to }, '');
  }

  /** The browser's entry now shows `page` (no new entry). */
  replace(page: JourneyPage): void {
    if (this.enabled) history.replaceState({ ...(history.state as object), dvcProcedurePage: page }, '');
  }

  /**
   * The back link: with the browser's history, its Back (the `popstate` then opens the page);
   * otherwise the earlier page, returned for the host to open.
   */
  back(current: JourneyPage): JourneyPage | undefined {
    const previous = this.stack.at(-1);
    if (!previous) return undefined;
    if (this.enabled && (history.state as State)?.dvcProcedurePage === current) {
      history.back();
      return undefined;
    }
    this.popTo(previous);
    return previous;
  }

  /** Forget the pages from `page` on (Back to it). */
  popTo(page: JourneyPage): void {
    const index = this.stack.lastIndexOf(page);
    this.stack = index >= 0 ? this.stack.slice(0, index) : this.stack.slice(0, -1);
  }

  private readonly popped = (event: PopStateEvent): void => {
    if (!this.enabled) return;
    const page = (event.state as State)?.dvcProcedurePage;
    if (page) this.onPop(page);
  };
}
