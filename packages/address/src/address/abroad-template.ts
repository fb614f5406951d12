import { html, type TemplateResult } from 'lit';
import { partId } from '@dvc/core/field-template.js';

export interface AbroadChoice {
  /** The field's id prefix in the tree it renders into; '' in `<dvc-address>`. */
  readonly idPrefix: string;
  readonly legend: string;
  readonly inVietnam: string;
  readonly abroad: string;
  readonly isAbroad: boolean;
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly change: (abroad: boolean) => void;
}

/**
 * "Ở Việt Nam hay ở nước ngoài": two native radios in their own group, so a place abroad (a
 * place of birth, for one) is a country and a free-text place instead of province and commune.
 */
export function abroadTemplate(choice: AbroadChoice): TemplateResult {
  const radio = (abroad: boolean, id: string, label: string): TemplateResult => html`
    <div class="where-item">
      <input
        type="radio"
        class="where-input"
        id=${id}
        name=${partId(choice, 'where')}
        .checked=${choice.isAbroad === abroad}
        ?disabled=${choice.disabled}
        aria-disabled=${choice.readonly && choice.isAbroad !== abroad ? 'true' : 'false'}
        @click=${(event: Event) => {
          if (choice.readonly) event.preventDefault();
        }}
        @keydown=${(event: KeyboardEvent) => {
          // Read-only: arrows would move the choice between native radios.
          if (choice.readonly && event.key.startsWith('Arrow')) event.preventDefault();
        }}
        @change=${() => choice.change(abroad)}
      />
      <label for=${id}>${label}</label>
    </div>
  `;
  return html`<fieldset class="where" part="where">
    <legend class="where-legend">${choice.legend}</legend>
    ${radio(false, partId(choice, 'where-vietnam'), choice.inVietnam)}
    ${radio(true, partId(choice, 'where-abroad'), choice.abroad)}
  </fieldset>`;
}
