import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import '@dvc/form/define.js';
import '@dvc/identity/define.js';
import type { DvcFormSubmitDetail } from '@dvc/form';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import schema from './smoke-schema.json';

@Component({
  selector: 'dvc-smoke-root',
  // The dvc-* tags are custom elements: Angular binds [property] and (event) on them as on any element.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <dvc-identity-provider source="portal-profile" [claims]="claims">
      <dvc-form identity-consent="accepted" [schema]="schema" (dvc-submit)="onSubmit($event)"></dvc-form>
    </dvc-identity-provider>
    @if (submitted()) {
      <output [attr.data-submitted]="submitted()">Đã gửi</output>
    }
  `,
})
export class AppComponent {
  readonly schema = schema;
  // In a portal: the user info your VNeID / national-portal login returned. Here: a synthetic citizen.
  readonly claims = demoCitizens[0]!.claims['portal-profile'];
  readonly submitted = signal('');

  onSubmit(event: Event) {
    this.submitted.set(JSON.stringify((event as CustomEvent<DvcFormSubmitDetail>).detail.value));
  }
}
