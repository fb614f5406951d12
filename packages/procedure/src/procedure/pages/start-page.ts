import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SummaryListRow } from '@dvc/components';
import { summarizeFees, type FeeSummary } from '../../payment/fee-lines.js';
import { localize } from '../definition.js';
import { bundleServicesTemplate } from '../services.js';
import { sameWords } from '../../journey/facts.js';
import { feeText } from './fee-text.js';
import { JourneyPageElement } from './page-element.js';

/**
 * The start page: what the service is, what it costs and takes, the documents, the Start button,
 * other ways to apply and where to get help.
 *
 * @summary Start page of a procedure.
 * @event dvc-continue - The citizen pressed Start.
 */
export class DvcStartPage extends JourneyPageElement {
  /** What the citizen pays (the definition's fees, or what a look-up found). */
  @property({ attribute: false }) fees: FeeSummary = summarizeFees([]);

  protected override render(): TemplateResult | typeof nothing {
    const definition = this.definition;
    if (!definition) return nothing;
    const language = this.language;
    return html`
      <p class="lead">${localize(definition.summary, language)}</p>
      <p>${this.t(definition.level === 'full-process' ? 'start.levelFull' : 'start.levelPartial')}</p>
      <dvc-summary-list .rows=${this.facts()}></dvc-summary-list>
      ${bundleServicesTemplate(definition, language, this.translateAny)}
      <h2>${this.t('start.documents')}</h2>
      ${
        definition.documents.length
          ? html`<ul class="list">
              ${definition.documents.map(
                (document) =>
                  html`<li>
                    ${localize(document.title, language)}${document.required ? nothing : ` ${this.t('start.documentOptional')}`}${
                      document.reusableFrom ? html` <span class="note">(${this.t('start.reusable')})</span>` : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p>${this.t('documents.none')}</p>`
      }
      <dvc-button variant="start" type="button" @click=${() => this.fire('dvc-continue', {})}
        >${this.t('start.button')}</dvc-button
      >
      <h2>${this.t('start.otherWays')}</h2>
      <ul class="list">
        ${(definition.help.otherChannels ?? []).map((channel) => {
          const name = this.t(`channel.${channel.channel}`);
          const description = channel.description ? localize(channel.description, language) : '';
          return html`<li>
            ${channel.url ? html`<a href=${channel.url}>${name}</a>` : name}${
              description && !sameWords(description, name) ? `: ${description}` : nothing
            }
          </li>`;
        })}
        <li>${this.t('start.inPerson')}</li>
      </ul>
      <h2>${this.t('start.help')}</h2>
      <ul class="list">
        ${definition.help.contacts.map(
          (contact) =>
            html`<li>
              ${localize(contact.name, language)}${contact.phone ? html`: <a href=${`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>${contact.phone}</a>` : nothing}${
                contact.email ? html`, <a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing
              }${contact.url ? html`, <a href=${contact.url}>${contact.url}</a>` : nothing}${contact.hours ? ` (${localize(contact.hours, language)})` : nothing}
            </li>`,
        )}
      </ul>
    `;
  }

  private facts(): SummaryListRow[] {
    const definition = this.definition!;
    const language = this.language;
    const delivery = definition.result.delivery.map((entry) => this.t(`delivery.${entry}`)).join(', ');
    return [
      { key: this.t('start.agency'), value: localize(definition.agency.name, language) },
      { key: this.t('start.cost'), value: feeText(this.fees, language, (key, options) => this.t(key, options)) },
      { key: this.t('start.time'), value: localize(definition.processingTime.text, language) },
      { key: this.t('start.result'), value: `${localize(definition.result.title, language)} (${delivery})` },
    ];
  }
}
