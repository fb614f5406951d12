import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@dvc/tokens/themes.css';
import '@dvc/form/define.js';
import '@dvc/identity/define.js';
import type { DvcFormSubmitDetail } from '@dvc/form';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import schema from './smoke-schema.json';
import './dvc-elements';

// In a portal: the user info your VNeID / national-portal login returned. Here: a synthetic citizen.
const claims = demoCitizens[0]!.claims['portal-profile'];

function App() {
  const [submitted, setSubmitted] = useState<unknown>(null);
  // React 19 sets `schema` and `claims` as properties; `ondvc-submit` listens to the `dvc-submit` event.
  return (
    <>
      <dvc-identity-provider source="portal-profile" claims={claims}>
        <dvc-form identity-consent="accepted" schema={schema} ondvc-submit={(event: CustomEvent<DvcFormSubmitDetail>) => setSubmitted(event.detail.value)}></dvc-form>
      </dvc-identity-provider>
      {submitted ? <output data-submitted={JSON.stringify(submitted)}>Đã gửi</output> : null}
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
