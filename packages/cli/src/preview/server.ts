/**
 * `dvc preview`: a local page (node:http) with the generated form of every step, the
 * procedure's facts, a language switch, the lint results and an axe report, reloading through
 * Server-Sent Events when the file changes. Served under `Content-Security-Policy: script-src
 * 'self'`, like a portal: no inline script. Everything comes from the package, so `npx @dvc/cli
 * preview` works in any folder: the kit bundle (dist/preview/kit.js), the themes of
 * @dvc/tokens, the address data of @dvc/address, the synthetic citizens of @dvc/identity.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import { fileURLToPath } from 'node:url';
import { t, isCliLanguage, type CliLanguage } from '../i18n.js';
import { lintFile } from '../lint/lint.js';
import { messageOf, type LintResult } from '../lint/problems.js';
import { dataSchemaWithSteps, isObject, type LocalizedText, type ProcedureDefinition } from '../procedure.js';

export interface PreviewOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly language: CliLanguage;
  readonly host?: string;
}

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const assetsDirectory = fileURLToPath(new URL('./assets/', import.meta.url));
const kitPath = `${packageRoot}dist/preview/kit.js`;
/** The folder of the address picker's data files, from the installed @dvc/address. */
const addressDataDirectory = (): string => dirname(fileURLToPath(import.meta.resolve('@dvc/address/data/about.json')));

function axeScriptPath(): string {
  return fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));
}

const contentTypes: Readonly<Record<string, string>> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  map: 'application/json; charset=utf-8',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function local(text: unknown, language: CliLanguage): string {
  return isObject(text)
    ? String((text as unknown as LocalizedText)[language] ?? (text as unknown as LocalizedText).vi ?? '')
    : '';
}

const vnd = (amount: number, language: CliLanguage): string =>
  new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND' }).format(amount);

interface Loaded {
  readonly lint: LintResult;
  readonly procedure: ProcedureDefinition | undefined;
}

function load(file: string): Loaded {
  const lint = lintFile(file);
  let procedure: ProcedureDefinition | undefined;
  if (lint.readable) {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    // Render what can be rendered even when lint found problems: the preview helps fix them.
    if (isObject(value) && Array.isArray(value['steps']) && isObject(value['dataSchema']))
      procedure = value as ProcedureDefinition;
  }
  return { lint, procedure };
}

function page(file: string, loaded: Loaded, language: CliLanguage): string {
  const { lint, procedure } = loaded;
  const title = procedure ? local(procedure.title, language) || basename(file) : basename(file);
  const other: CliLanguage = language === 'vi' ? 'en' : 'vi';
  const bundle = existsSync(kitPath);
  const facts: string[] = [];
  if (procedure) {
    const fees = Array.isArray(procedure['fees']) ? (procedure['fees'] as Record<string, unknown>[]) : [];
    const feeItems = fees.map((fee) => {
      const amount =
        fee['free'] === true
          ? t(language, 'preview.free')
          : typeof fee['amount'] === 'number'
            ? vnd(fee['amount'], language)
            : local(fee['setBy'], language);
      const online =
        typeof fee['onlineAmount'] === 'number'
          ? ` (${t(language, 'preview.online', { amount: vnd(fee['onlineAmount'], language) })})`
          : '';
      return `<li>${escapeHtml(local(fee['title'], language))}: ${escapeHtml(amount + online)}</li>`;
    });
    const documents = Array.isArray(procedure['documents'])
      ? (procedure['documents'] as Record<string, unknown>[])
      : [];
    facts.push(
      `<dt>${escapeHtml(t(language, 'preview.fees'))}</dt><dd><ul>${feeItems.join('')}</ul></dd>`,
      `<dt>${escapeHtml(t(language, 'preview.processingTime'))}</dt><dd>${escapeHtml(local((procedure['processingTime'] as Record<string, unknown> | undefined)?.['text'], language))}</dd>`,
      `<dt>${escapeHtml(t(language, 'preview.documents'))}</dt><dd><ul>${documents.map((document) => `<li>${escapeHtml(local(document['title'], language))}</li>`).join('')}</ul></dd>`,
    );
    // A bundle's services and agencies, and where a look-up happens.
    const serviceBundle = procedure['bundle'] as { services?: Record<string, unknown>[] } | undefined;
    if (Array.isArray(serviceBundle?.services)) {
      const services = serviceBundle.services.map(
        (service) =>
          `<li>${escapeHtml(`${local(service['title'], language)}: ${local((service['agency'] as Record<string, unknown> | undefined)?.['name'], language)}`)}</li>`,
      );
      facts.push(`<dt>${escapeHtml(t(language, 'preview.bundle'))}</dt><dd><ul>${services.join('')}</ul></dd>`);
    }
    const lookup = procedure['lookup'] as Record<string, unknown> | undefined;
    if (lookup)
      facts.push(
        `<dt>${escapeHtml(t(language, 'preview.lookup', { step: String(lookup['step']), title: local(lookup['title'], language) }))}</dt><dd>${escapeHtml(local(lookup['description'], language))}</dd>`,
      );
  }
  const steps = procedure
    ? procedure.steps
        .map(
          (step, index) =>
            `<section class="step" aria-labelledby="step-${index}"><h2 id="step-${index}">${escapeHtml(t(language, 'preview.step', { number: index + 1, title: local(step.title, language) }))}</h2><dvc-form data-step="${escapeHtml(step.id)}" step="${escapeHtml(step.id)}" identity-consent="accepted"></dvc-form></section>`,
        )
        .join('\n') +
      // No questions: the whole form, as identity data fills it.
      (procedure.steps.length === 0
        ? `<section class="step" aria-labelledby="identity-only"><h2 id="identity-only">${escapeHtml(t(language, 'preview.identityOnly'))}</h2><dvc-form data-step=""></dvc-form></section>`
        : '')
    : '';
  const problems = lint.problems.map(
    (problem) =>
      `<li class="${problem.severity}"><code>${escapeHtml(`${problem.line}:${problem.column} ${problem.pointer || '/'}`)}</code> ${escapeHtml(messageOf(problem, language))} <code>[${escapeHtml(problem.rule)}]</code></li>`,
  );
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(language, 'preview.title', { title }))}</title>
<link rel="stylesheet" href="/assets/dvc.css">
<link rel="stylesheet" href="/assets/preview.css">
${bundle ? '<script type="module" src="/assets/dvc.js"></script>' : ''}
<script type="module" src="/assets/preview.js"></script>
</head>
<body>
<header>
<p class="tool">dvc preview · ${escapeHtml(basename(file))}</p>
<h1>${escapeHtml(title)}</h1>
${procedure ? `<p>${escapeHtml(local(procedure.summary, language))}</p>` : ''}
<nav aria-label="${escapeHtml(t(language, 'preview.language'))}"><ul class="languages">
<li><a href="/?lang=vi" lang="vi"${language === 'vi' ? ' aria-current="page"' : ''}>Tiếng Việt</a></li>
<li><a href="/?lang=en" lang="en"${language === 'en' ? ' aria-current="page"' : ''}>English</a></li>
</ul></nav>
</header>
<main data-lang="${language}" data-other-lang="${other}">
${bundle ? '' : `<p class="error" role="alert">${escapeHtml(t(language, 'preview.noBundle'))}</p>`}
${facts.length ? `<dl class="facts">${facts.join('')}</dl>` : ''}
${procedure ? citizenPicker(language) : ''}
<dvc-identity-provider id="identity">
${steps}
</dvc-identity-provider>
<section aria-labelledby="lint-heading"><h2 id="lint-heading">${escapeHtml(t(language, 'preview.lint'))}</h2>
${problems.length ? `<ul class="problems">${problems.join('')}</ul>` : `<p>${escapeHtml(t(language, 'preview.lintClean'))}</p>`}
</section>
<section aria-labelledby="axe-heading"><h2 id="axe-heading">${escapeHtml(t(language, 'preview.axe'))}</h2>
<p id="axe-status" role="status" data-clean="${escapeHtml(t(language, 'preview.axeClean'))}" data-violations="${escapeHtml(t(language, 'preview.axeViolations', { number: '{number}' }))}" data-resources-failed="${escapeHtml(t(language, 'preview.resourcesFailed', { number: '{number}', resources: '{resources}' }))}">${escapeHtml(t(language, 'preview.axeRunning'))}</p>
<ul id="axe-list"></ul>
</section>
<p id="reload-status" role="status" data-message="${escapeHtml(t(language, 'preview.reloading'))}"></p>
</main>
</body>
</html>
`;
}

/** A picker of the six synthetic citizens: their identity fills the forms (locked and editable fields). */
function citizenPicker(language: CliLanguage): string {
  const options = demoCitizens.map(
    ({ id, label }) => `<option value="${escapeHtml(id)}">${escapeHtml(label)}</option>`,
  );
  return `<p class="citizen"><label for="citizen">${escapeHtml(t(language, 'preview.sampleCitizen'))}</label>
<select id="citizen"><option value="">${escapeHtml(t(language, 'preview.noCitizen'))}</option>${options.join('')}</select></p>`;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': "script-src 'self'",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

export function startPreview(file: string, options: PreviewOptions): Promise<PreviewServer> {
  const path = resolve(file);
  const clients = new Set<ServerResponse>();
  const assets: Readonly<Record<string, () => string>> = {
    '/assets/dvc.js': () => kitPath,
    '/assets/dvc.css': () => fileURLToPath(import.meta.resolve('@dvc/tokens/themes.css')),
    '/assets/axe.js': axeScriptPath,
    '/assets/preview.js': () => `${assetsDirectory}preview.js`,
    '/assets/preview.css': () => `${assetsDirectory}preview.css`,
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const requested = url.searchParams.get('lang');
    const language: CliLanguage = isCliLanguage(requested) ? requested : options.language;
    if (url.pathname === '/') return send(response, 200, contentTypes['html']!, page(path, load(path), language));
    if (url.pathname === '/data.json') {
      const { lint, procedure } = load(path);
      const body = {
        steps: procedure ? procedure.steps.map((step) => step.id) : [],
        schema: procedure ? dataSchemaWithSteps(procedure) : null,
        errors: lint.problems.filter((problem) => problem.severity === 'error').length,
      };
      return send(response, 200, contentTypes['json']!, JSON.stringify(body));
    }
    // Browsers ask for it unprompted; a 404 would count as a file that failed to load.
    if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (url.pathname === '/citizens.json') {
      const citizens = Object.fromEntries(demoCitizens.map(({ id, citizen }) => [id, citizen]));
      return send(response, 200, contentTypes['json']!, JSON.stringify(citizens));
    }
    if (url.pathname.startsWith('/assets/address-data/')) {
      // The address picker fetches its data beside the kit bundle: serve @dvc/address's data/.
      const directory = addressDataDirectory();
      const file = join(directory, decodeURIComponent(url.pathname.slice('/assets/address-data/'.length)));
      if (!file.startsWith(directory + sep) || !existsSync(file))
        return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return send(response, 200, contentTypes['json']!, readFileSync(file));
    }
    if (url.pathname === '/events') {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    const asset = assets[url.pathname];
    if (asset) {
      const assetPath = asset();
      if (!existsSync(assetPath))
        return send(response, 404, 'text/plain; charset=utf-8', t(language, 'preview.noBundle'));
      const extension = assetPath.split('.').pop() ?? '';
      return send(response, 200, contentTypes[extension] ?? 'application/octet-stream', readFileSync(assetPath));
    }
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  };

  // Editors often replace the file (write + rename): watch its folder, filter by name.
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dirname(path), (_event, name) => {
    if (name !== null && name !== basename(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const client of clients) client.write('event: change\ndata: {}\n\n');
    }, 100);
  });

  const server = createServer(handle);
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      // Nothing may keep the process alive after a failed start (a busy port is reported by the caller).
      watcher.close();
      clearTimeout(timer);
      reject(error);
    });
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            watcher.close();
            clearTimeout(timer);
            for (const client of clients) client.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
