import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@dvc/tokens/themes.css';
// Components that register their elements: typed props, dvc-* events as onDvc… callbacks.
import { DvcForm } from '@dvc/react/form.js';
import { DvcIdentityProvider } from '@dvc/react/identity.js';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import schema from './smoke-schema.json';
import { SchemaErrorNote } from './SchemaErrorNote';

// In a portal: the user info your VNeID / national-portal login returned. Here: a synthetic citizen.
const claims = demoCitizens[0]!.claims['portal-profile'];

function App() {
  const [submitted, setSubmitted] = useState<unknown>(null);
  return (
    <>
      <DvcIdentityProvider source="portal-profile" claims={claims}>
        <DvcForm schema={schema} identityConsent="accepted" onDvcSubmit={(event) => setSubmitted(event.detail.value)} />
      </DvcIdentityProvider>
      {submitted ? <output data-submitted={JSON.stringify(submitted)}>Đã gửi</output> : null}
      <SchemaErrorNote />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
