/** Detail of `dvc-input` and `dvc-change`. */
export interface DvcValueEventDetail<TValue = unknown> {
  readonly name: string;
  readonly value: TValue;
}

/** Dispatches a typed `dvc-*` event that bubbles and crosses shadow roots. */
export function dispatchDvcEvent<TDetail>(
  target: EventTarget,
  type: `dvc-${string}`,
  detail: TDetail,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent<TDetail>(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'dvc-input': CustomEvent<DvcValueEventDetail>;
    'dvc-change': CustomEvent<DvcValueEventDetail>;
  }
}
