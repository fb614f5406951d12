/**
 * Keyboard only, from the portal home to the receipt, for each of the five procedures, in ONE
 * browser (CI time): Tab, Shift+Tab, Enter, Space, arrows and typing only. After every key focus
 * is checked (never left on body, never moved while typing; support/keyboard-probe.ts); after
 * every page change it is on the page heading. The key presses are printed as a figure.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { focusInfo, newContext, type Demo, startPortal, stopPortal } from './support/harness.js';
import { describeCounts, probeKeyboard } from './support/keyboard-probe.js';
import { runJourney } from './support/run-journey.js';

const procedureIds = [
  'dang-ky-khai-sinh',
  'dang-ky-thuong-tru',
  'dang-ky-ket-hon',
  'cap-phieu-ly-lich-tu-phap',
  'cap-doi-cap-lai-giay-phep-lai-xe',
];
const only = (process.env['DVC_DEMO_JOURNEYS'] ?? '').split(',').filter(Boolean);

let demo: Demo;
let browser: Browser;
const figure: string[] = [];
before(async () => ({ demo, browser } = await startPortal()));
after(async () => {
  await stopPortal({ demo, browser });
  if (figure.length) console.log(`\nKey presses, portal home to receipt (keyboard only):\n${figure.join('\n')}\n`);
});

describe('keyboard only, portal home to receipt', { timeout: 1_500_000 }, () => {
  for (const id of procedureIds) {
    if (only.length > 0 && !only.includes(id) && !only.includes(`${id}:vi`)) continue;
    it(id, { timeout: 300_000 }, async () => {
      const context = await newContext(browser, 'vi');
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        const signIn = await page.request.post(`${demo.url}/api/demo/sign-in`, {
          data: { citizenId: 'no-middle-name' },
        });
        assert.equal(signIn.status(), 200);
        const counts = probeKeyboard(page);
        const reference = await runJourney(page, demo.url, id, 'vi', {
          fromHome: true,
          reloadAtReview: false,
          // Shift+Tab and back on every step page: the order is reversible and focus never falls to the body.
          onPage: async (current) => {
            // (Not on the documents page: its choices load after the heading takes focus.)
            if (!current.startsWith('step-')) return;
            await page.keyboard.press('Shift+Tab');
            await page.keyboard.press('Tab');
            const focus = await focusInfo(page);
            assert.notEqual(focus.tag, 'body', current);
          },
        });
        assert.ok(reference, 'a reference on the receipt (run-journey checks its format)');
        figure.push(describeCounts(id, counts));
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
