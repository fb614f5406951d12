/**
 * One choice of a choice control (select, radios, checkboxes). Labels and hints are plain
 * text: they are rendered as text, never parsed as HTML.
 */
export interface ControlOption {
  /** What the form submits when this choice is picked. */
  readonly value: string;
  /** The visible text of the choice. */
  readonly label: string;
  /** Extra help for this choice. */
  readonly hint?: string;
}
