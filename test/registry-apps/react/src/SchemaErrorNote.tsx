// The tags themselves in JSX, without wrappers (React 19 sets properties and listens to
// `ondvc-…`): the JSX types come from @dvc/react/jsx.js.
import type {} from '@dvc/react/jsx.js';
import '@dvc/form/define.js';
import { useState } from 'react';

/** A form given a schema it cannot use: it reports why through `dvc-schema-error`. */
export function SchemaErrorNote() {
  const [reason, setReason] = useState('');
  return (
    <section hidden>
      <dvc-form
        schema={{ type: 'object', properties: { broken: { type: 'nonsense' } } }}
        ondvc-schema-error={(event) => setReason(event.detail.message)}
      ></dvc-form>
      {reason ? <p data-schema-error={reason}>{reason}</p> : null}
    </section>
  );
}
