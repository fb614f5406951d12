// @ts-check
// Client of `dvc preview`, served as a file (the page's CSP is script-src 'self'): gives each
// step's <dvc-form> the procedure's data schema, runs axe over the page, and reloads when the
// procedure file changes. Text is only ever set with textContent.

const status = /** @type {HTMLElement} */ (document.getElementById('axe-status'));
const list = /** @type {HTMLElement} */ (document.getElementById('axe-list'));

async function renderForms() {
  const response = await fetch('/data.json', { cache: 'no-store' });
  const data = await response.json();
  if (!data.schema || !window.customElements) return;
  await customElements.whenDefined('dvc-form');
  const forms = /** @type {NodeListOf<HTMLElement & { schema: unknown, updateComplete?: Promise<unknown> }>} */ (document.querySelectorAll('dvc-form'));
  for (const form of forms) form.schema = data.schema;
  await Promise.all([...forms].map((form) => form.updateComplete));
  // Let nested elements (fields, sections) finish their first render.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function loadAxe() {
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/assets/axe.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  // @ts-expect-error axe is a global set by axe.min.js
  return window.axe;
}

async function runAxe() {
  const axe = await loadAxe();
  const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  const violations = results.violations;
  list.replaceChildren(
    ...violations.map((/** @type {{ id: string, help: string, nodes: { target: unknown[] }[] }} */ violation) => {
      const item = document.createElement('li');
      item.textContent = `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`;
      return item;
    }),
  );
  status.textContent = violations.length === 0 ? status.dataset.clean ?? '' : (status.dataset.violations ?? '').replace('{number}', String(violations.length));
  document.documentElement.dataset.axeViolations = String(violations.length);
  document.documentElement.dataset.axeReport = JSON.stringify(violations.map((/** @type {{ id: string }} */ violation) => violation.id));
}

const events = new EventSource('/events');
events.addEventListener('change', () => {
  const reload = document.getElementById('reload-status');
  if (reload) reload.textContent = reload.dataset.message ?? '';
  location.reload();
});

renderForms()
  .then(runAxe)
  .catch((problem) => {
    status.textContent = String(problem);
    document.documentElement.dataset.axeViolations = 'error';
  });
