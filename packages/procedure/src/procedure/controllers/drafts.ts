import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Draft, StorageAdapter } from '../../adapters/types.js';

const autosaveDelayMs = 600;

/** Journey state kept in the draft beside the answers. */
export interface JourneyMemory {
  consent?: 'accepted' | 'declined';
  paymentId?: string;
  declared?: boolean;
}

/** What a draft holds, read when it is saved (not on every keystroke). */
export interface DraftSnapshot {
  readonly procedureId: string;
  readonly draft: Draft & { journey: JourneyMemory };
  readonly lockedPointers: readonly string[];
}

/**
 * Drafts: the application is saved after the citizen stops typing (debounced: the answers are
 * read once per pause, not per keystroke), restored on reload, deleted after submitting.
 */
export class DraftsController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  storage?: StorageAdapter;

  constructor(
    host: ReactiveControllerHost,
    /** The draft to save now, or `undefined` when nothing is to be saved (after submitting). */
    private readonly snapshot: () => DraftSnapshot | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Saves after `delay` ms without another change (0: at once). */
  schedule(delay = autosaveDelayMs): void {
    if (!this.storage) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const storage = this.storage;
      const snapshot = this.snapshot();
      if (!storage || !snapshot) return;
      void storage
        .save(snapshot.procedureId, snapshot.draft, { lockedPointers: [...snapshot.lockedPointers] })
        .catch(() => undefined);
    }, delay);
  }

  async load(procedureId: string): Promise<(Draft & { journey?: JourneyMemory }) | null> {
    return ((await this.storage?.load(procedureId).catch(() => null)) ?? null) as
      (Draft & { journey?: JourneyMemory }) | null;
  }

  async clear(procedureId: string): Promise<void> {
    clearTimeout(this.timer);
    await this.storage?.clear(procedureId).catch(() => undefined);
  }
}
