// `pnpm bench` (run.mjs): one measured page of a system: mount, keystrokes, heap, the throttled step, an optional CPU profile.
import { keystrokePointer } from './schema.mjs';
import { MB, summarizeProfile } from './support.mjs';

/** Typing a word into the empty name field (minLength 2): "a" shows the error, "b" clears it, the rest change only the value. The keystroke figure is the mean over the word. */
export const KEYS = ['a', 'b', 'c', 'd', 'e'];

/** The error shown after the first key, per system (printed once, to compare the messages). */
export const samplesOfError = {};
const pageFor = { vanilla: 'bench/pages/vanilla.html', 'dvc-form': 'bench/pages/dvc-form.html' };

export async function openPage(browser, origin, system, { bundle } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  const query = bundle ? `?bundle=${encodeURIComponent(bundle)}` : '';
  await page.goto(`${origin}/${pageFor[system]}${query}`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__bench !== undefined, { timeout: 60_000 });
  return { context, page, client, messages };
}

/** Work: building/updating, style and layout, and the frame that paints it; the idle wait for the next frame is not work. */
function withWork(timing) {
  return { ...timing, workMs: timing.buildMs + timing.layoutMs + timing.frameMs };
}

/** JS heap in use after forced GC; `embedder` is Blink's (DOM, layout) heap where Chromium reports it. */
async function heapUsed(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const usage = await client.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? NaN };
}

async function renderMetrics(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  const get = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
  };
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const diff = (after, before) => Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]]));

export async function measureOnce(browser, origin, system, n) {
  const { context, page, client, messages } = await openPage(browser, origin, system);
  try {
    await page.evaluate((size) => window.__bench.prepare(size), n);
    const heapBefore = await heapUsed(client);
    const metricsBefore = await renderMetrics(client);
    const mount = withWork(await page.evaluate(() => window.__bench.mount()));
    const mountBreakdown = diff(await renderMetrics(client), metricsBefore);
    if (mount.problems.length) messages.push(`mount: ${mount.problems.join('; ')}`);
    const heapAfter = await heapUsed(client);
    const pointer = keystrokePointer(n);
    const focusProblem = await page.evaluate((target) => window.__bench.focus(target), pointer);
    if (focusProblem) throw new Error(`${system} N=${n}: ${focusProblem}`);
    const keystrokes = [];
    for (const key of KEYS) {
      await page.evaluate(() => window.__bench.arm());
      const metrics0 = await renderMetrics(client);
      await page.keyboard.type(key);
      const result = await withTimeout(
        page.evaluate(() => window.__bench.keystroke()),
        10_000,
        `${system} N=${n}: keystroke "${key}" produced no input event within 10 s`,
      );
      keystrokes.push({ ...withWork(result), breakdown: diff(await renderMetrics(client), metrics0) });
    }
    const typed = keystrokes.at(-1).value;
    if (typed !== KEYS.join('')) messages.push(`keystroke: field holds "${typed}", expected "${KEYS.join('')}"`);
    // Both systems must do the same work: "a" shows the minLength error, "b" clears it.
    const errors = keystrokes.map((key) => key.error);
    if (!errors[0] || errors.slice(1).some(Boolean))
      messages.push(`keystroke: unexpected error messages ${JSON.stringify(errors)}`);
    else samplesOfError[system] ??= errors[0];
    const pageErrors = await page.evaluate(() => window.__bench.errors);
    messages.push(...pageErrors.map((error) => `page: ${error}`));
    return {
      mount,
      mountBreakdown,
      heapDeltaMb: (heapAfter.js - heapBefore.js) / MB,
      embedderHeapDeltaMb: (heapAfter.embedder - heapBefore.embedder) / MB,
      keystrokes,
      messages,
    };
  } finally {
    await context.close();
  }
}

/**
 * A procedure step of 60 fields on a slow phone: the same page, with Chromium's CPU throttled 4×
 * (CDP Emulation.setCPUThrottlingRate) from just before the mount. Reported, never asserted.
 */
export const STEP_FIELDS = 60;
export const STEP_THROTTLE = 4;
export async function measureThrottledStep(browser, origin) {
  const { context, page, client, messages } = await openPage(browser, origin, 'dvc-form');
  try {
    await page.evaluate((size) => window.__bench.prepare(size), STEP_FIELDS);
    await client.send('Emulation.setCPUThrottlingRate', { rate: STEP_THROTTLE });
    const mount = withWork(await page.evaluate(() => window.__bench.mount()));
    await client.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (mount.problems.length) messages.push(`mount: ${mount.problems.join('; ')}`);
    return { mount, messages };
  } finally {
    await context.close();
  }
}

export async function profileSystem(browser, origin, system, n, fileOf) {
  const bundle = system === 'dvc-form' ? '/bench/results/dvc-form.profile.js' : undefined;
  const { context, page, client, messages } = await openPage(browser, origin, system, { bundle });
  try {
    await page.evaluate((size) => window.__bench.prepare(size), n);
    await client.send('HeapProfiler.collectGarbage');
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 100 });
    await client.send('Profiler.start');
    const mount = await page.evaluate(() => window.__bench.mount());
    const mountProfile = (await client.send('Profiler.stop')).profile;
    await page.evaluate((target) => window.__bench.focus(target), keystrokePointer(n));
    await client.send('Profiler.start');
    const keys = [];
    for (const key of KEYS) {
      await page.evaluate(() => window.__bench.arm());
      await page.keyboard.type(key);
      keys.push(await page.evaluate(() => window.__bench.keystroke()));
    }
    const keyProfile = (await client.send('Profiler.stop')).profile;
    return {
      system,
      n,
      mount,
      keys,
      messages,
      mountProfile: summarizeProfile(mountProfile, fileOf),
      keystrokeProfile: summarizeProfile(keyProfile, fileOf),
    };
  } finally {
    await context.close();
  }
}
