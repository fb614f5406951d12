// @ts-check
// Client of `dvc preview`, served as a file (the page's CSP is script-src 'self'): gives each
// step's <dvc-form> the procedure's data schema, runs axe over the page, and reloads when the
// procedure file changes. Text is only ever set with textContent.

const status = /** @type {HTMLElement} */ (document.getElementById('axe-status'));
const list = /** @type {HTMLElement} */ (document.getElementById('axe-list'));

// A page whose files did not load (the kit, address data…) is not "clean", whatever axe says.
/** @type {Set<string>} */
const failedResources = new Set();
new PerformanceObserver((entries) => {
  for (const entry of /** @type {PerformanceResourceTiming[]} */ (entries.getEntries())) {
    if (entry.responseStatus >= 400) failedResources.add(new URL(entry.name).pathname);
  }
}).observe({ type: 'resource', buffered: true });
window.addEventListener(
  'error',
  (event) => {
    const target = /** @type {HTMLScriptElement | HTMLLinkElement | null} */ (event.target);
    const source = target && ('src' in target ? target.src : 'href' in target ? target.href : '');
    if (source) failedResources.add(new URL(source).pathname);
  },
  true,
);

// The address picker says when its data could not be loaded (the body of a 404 may never be read).
document.addEventListener('dvc-address-load-error', (event) => {
  const detail = /** @type {CustomEvent<{ list: string, provinceCode: string }>} */ (event).detail;
  failedResources.add(`dvc-address ${detail.list} ${detail.provinceCode}`.trim());
});

/** Gives the forms the sample citizen picked (none: empty forms). */
async function pickCitizen() {
  const picker = /** @type {HTMLSelectElement | null} */ (document.getElementById('citizen'));
  const provider = /** @type {(HTMLElement & { citizen: unknown }) | null} */ (document.getElementById('identity'));
  if (!picker || !provider) return;
  const citizens = await (await fetch('/citizens.json', { cache: 'no-store' })).json();
  const apply = () => {
    provider.citizen = picker.value ? citizens[picker.value] : undefined;
    sessionStorage.setItem('dvc-preview-citizen', picker.value);
  };
  picker.value = sessionStorage.getItem('dvc-preview-citizen') ?? '';
  apply();
  picker.addEventListener('change', () => {
    apply();
    void settle().then(runAxe);
  });
}

/** Lets nested elements (fields, sections, address data) finish their first render. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function renderForms() {
  const response = await fetch('/data.json', { cache: 'no-store' });
  const data = await response.json();
  if (!data.schema || !window.customElements) return;
  await customElements.whenDefined('dvc-form');
  const forms = /** @type {NodeListOf<HTMLElement & { schema: unknown, updateComplete?: Promise<unknown> }>} */ (
    document.querySelectorAll('dvc-form')
  );
  for (const form of forms) form.schema = data.schema;
  await Promise.all([...forms].map((form) => form.updateComplete));
  await pickCitizen();
  await settle();
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
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  const violations = results.violations;
  list.replaceChildren(
    ...violations.map((/** @type {{ id: string, help: string, nodes: { target: unknown[] }[] }} */ violation) => {
      const item = document.createElement('li');
      item.textContent = `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`;
      return item;
    }),
  );
  status.textContent =
    violations.length === 0
      ? (status.dataset.clean ?? '')
      : (status.dataset.violations ?? '').replace('{number}', String(violations.length));
  document.documentElement.dataset.axeViolations = String(violations.length);
  document.documentElement.dataset.failedResources = JSON.stringify([...failedResources]);
  if (failedResources.size > 0) {
    status.textContent = (status.dataset.resourcesFailed ?? '')
      .replace('{number}', String(failedResources.size))
      .replace('{resources}', [...failedResources].join(', '));
    document.documentElement.dataset.axeViolations = 'resources';
  }
  document.documentElement.dataset.axeReport = JSON.stringify(
    violations.map((/** @type {{ id: string }} */ violation) => violation.id),
  );
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
