import { css } from 'lit';
import { token } from '@dvc/core/styles.js';

/**
 * The identity disclosure's rules, adopted into the form's shadow root when it first shows (they come with the lazy
 * identity chunk), not in every form's sheet.
 */
export const identityConsentStyles = css`
  .identity-consent {
    max-inline-size: ${token('measure')};
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-inline-start: 8px solid ${token('color-verified')};
  }
  .identity-consent h2 {
    margin: 0 0 ${token('space-3')};
    font-size: ${token('font-size-heading-m')};
    line-height: ${token('line-height-heading')};
  }
  .identity-consent h2:focus {
    outline: none;
  }
  .identity-consent ul {
    margin: 0 0 ${token('space-3')};
    padding-inline-start: ${token('space-5')};
  }
  .identity-consent p {
    margin: 0 0 ${token('space-3')};
  }
  .identity-consent .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
  }
`;
