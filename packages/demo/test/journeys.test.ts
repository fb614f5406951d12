/**
 * Every procedure in schemas/procedures/ (the 25 services of Kế hoạch 02) end to end in Vietnamese,
 * and the first five also in English, keyboard only (focus checked after every key, presses
 * counted: support/keyboard-probe.ts), against the reference server, from one browser: axe
 * (best-practice rules too) at every page state (for the first five also a change from the review
 * and the feedback page); a reload at the review page loses nothing, the receipt's reference is
 * on the server, and the status page shows it (for a bundle, a status per agency).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { newContext, proceduresDir, type Demo, startPortal, stopPortal } from './support/harness.js';
import { loadDefinition } from './support/journey.js';
import { describeCounts, probeKeyboard } from './support/keyboard-probe.js';
import { expectNoViolations, runJourney } from './support/run-journey.js';

const englishToo = [
  'dang-ky-khai-sinh',
  'dang-ky-thuong-tru',
  'dang-ky-ket-hon',
  'cap-phieu-ly-lich-tu-phap',
  'cap-doi-cap-lai-giay-phep-lai-xe',
];
const procedureIds = readdirSync(proceduresDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();
/** One synthetic citizen per journey, taking turns (all have full 2-level addresses). */
const citizens = ['no-middle-name', 'ethnic-minority', 'woman-after-2000'];

let demo: Demo;
let browser: Browser;
const figure: string[] = [];
before(async () => ({ demo, browser } = await startPortal()));
after(async () => {
  await stopPortal({ demo, browser });
  if (figure.length) console.log(`\nKey presses, start page to status (keyboard only):\n${figure.join('\n')}\n`);
});

// DVC_DEMO_JOURNEYS=dang-ky-khai-sinh:vi,… runs only those (while working on one journey); all by default.
const only = (process.env['DVC_DEMO_JOURNEYS'] ?? '').split(',').filter(Boolean);
procedureIds.forEach((id, index) => {
  for (const language of englishToo.includes(id) ? (['vi', 'en'] as const) : (['vi'] as const)) {
    if (only.length > 0 && !only.includes(`${id}:${language}`)) continue;
    describe(`${id} (${language})`, { timeout: 300_000 }, () => {
      it('is completed with the keyboard only, 0 axe violations at every page, one record on the server', async () => {
        const context = await newContext(browser, language);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          const signIn = await page.request.post(`${demo.url}/api/demo/sign-in`, {
            data: { citizenId: citizens[index % citizens.length] },
          });
          assert.equal(signIn.status(), 200);
          // Every procedure, also the ones added later, gets the keyboard checks of keyboard.test.ts:
          // focus never left on the body after a key, never moved while typing; presses counted.
          const counts = probeKeyboard(page);
          const reference = await runJourney(page, demo.url, id, language, {
            // The extra page states (a change from the review, the feedback page) for the five in vi and en.
            feedback: englishToo.includes(id),
            changeFromReview: englishToo.includes(id),
          });
          figure.push(describeCounts(`${id} (${language})`, counts));
          const record = await demo.server.store.submission(reference);
          assert.ok(record, 'the server stored the submission');
          assert.equal(record.procedureId, id);
          const status = await page.request.get(`${demo.url}/api/submissions/${reference}`);
          assert.equal(status.status(), 200);
          // The portal's own status page shows it too.
          await page.goto(`${demo.url}/status.html?ref=${encodeURIComponent(reference)}`);
          await page.locator('dvc-status').waitFor();
          await expectNoViolations(page, 'status.html');
          const bundle = loadDefinition(id)['bundle'] as { services: { id: string }[] } | undefined;
          if (bundle) {
            const report = (await status.json()) as { services?: { id: string; status: string }[] };
            assert.deepEqual(
              report.services?.map((service) => service.id),
              bundle.services.map((service) => service.id),
              'a status per agency',
            );
          }
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    });
  }
});
