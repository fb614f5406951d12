import '@dvc/tokens/themes.css';
import '@dvc/form/define.js';
import '@dvc/identity/define.js';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import schema from './smoke-schema.json';

const provider = document.querySelector('dvc-identity-provider');
const form = document.querySelector('dvc-form');
// In a portal: the user info your VNeID / national-portal login returned. Here: a synthetic citizen.
provider.claims = demoCitizens[0].claims['portal-profile'];
form.schema = schema;
form.addEventListener('dvc-submit', (event) => {
  const output = document.createElement('output');
  output.textContent = 'Đã gửi';
  output.dataset.submitted = JSON.stringify(event.detail.value);
  document.body.append(output);
});
