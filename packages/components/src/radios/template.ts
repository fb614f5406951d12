import type { DirectiveResult } from 'lit/directive.js';
import type { ControlOption } from '@dvc/core/options.js';
import type { FieldFrame } from '@dvc/core/field-template.js';
import { radiosGroup } from './group.js';
import type { RadioHandlers } from './option.js';

/** The field model of a radio group (ADR 0010). */
export interface RadiosField extends FieldFrame {
  readonly options: readonly ControlOption[];
  readonly value: string;
  readonly inline: boolean;
}

export type RadiosHandlers = RadioHandlers;

/** A radiogroup fieldset whose legend is the label: the same markup in `<dvc-radios>` and in `<dvc-form>`. */
export function radiosTemplate(field: RadiosField, on: RadiosHandlers): DirectiveResult {
  return radiosGroup(field, on);
}
