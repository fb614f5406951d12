import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) =>
  console.error(error),
);

// The journey (<dvc-procedure>) goes in a lazy chunk of its own, outside the initial budget: call
// this where a page shows it.
export const loadJourney = () => import('@dvc/procedure/define.js');
