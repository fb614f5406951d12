// JSX types for the DVC elements this app uses (React 19 passes unknown props to custom elements).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DvcForm } from '@dvc/form';
import type { DvcIdentityProvider } from '@dvc/identity';

type ElementProps<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<P>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'dvc-form': ElementProps<DvcForm, Pick<DvcForm, 'schema' | 'value' | 'step'> & { 'identity-consent': DvcForm['identityConsent'] }>;
      'dvc-identity-provider': ElementProps<DvcIdentityProvider, Pick<DvcIdentityProvider, 'claims' | 'citizen' | 'source'>>;
    }
  }
}
