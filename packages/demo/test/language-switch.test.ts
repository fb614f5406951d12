/**
 * One language at a time (issue 16; WCAG 3.1.2, 2.4.2): for each of the five original procedures,
 * a journey in Vietnamese where, on every page and with errors shown, the portal switches to
 * English and back. In English no journey text is Vietnamese; back in Vietnamese no English
 * journey string remains (title, headings, errors, summary, live regions); `<html lang>` follows.
 * Checks in support/language-check.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { newContext, type Demo, startPortal, stopPortal } from './support/harness.js';
import { loadDefinition } from './support/journey.js';
import { ethnicGroupNames, languageLeftovers } from './support/language-check.js';
import { runJourney } from './support/run-journey.js';

/** The five original procedures, each with the synthetic citizen journeys.test.ts gives it. */
const procedures = [
  { id: 'dang-ky-khai-sinh', name: 'Đăng ký khai sinh', citizen: 'no-middle-name' },
  { id: 'dang-ky-thuong-tru', name: 'Đăng ký thường trú', citizen: 'ethnic-minority' },
  { id: 'dang-ky-ket-hon', name: 'Đăng ký kết hôn', citizen: 'woman-after-2000' },
  { id: 'cap-phieu-ly-lich-tu-phap', name: 'Cấp Phiếu lý lịch tư pháp', citizen: 'ethnic-minority' },
  { id: 'cap-doi-cap-lai-giay-phep-lai-xe', name: 'Cấp đổi, cấp lại giấy phép lái xe', citizen: 'ethnic-minority' },
];
// DVC_DEMO_JOURNEYS=dang-ky-ket-hon,… runs only those; all five by default.
const only = (process.env['DVC_DEMO_JOURNEYS'] ?? '').split(',').filter(Boolean);

let demo: Demo;
let browser: Browser;
before(async () => ({ demo, browser } = await startPortal()));
after(() => stopPortal({ demo, browser }));

describe('language switch mid-journey', { timeout: 1_500_000 }, () => {
  for (const procedure of procedures) {
    if (only.length > 0 && !only.some((wanted) => wanted.split(':')[0] === procedure.id)) continue;
    it(
      `${procedure.name}: every page and every error state switches to English and back with nothing of the other language left`,
      { timeout: 300_000 },
      async () => {
        const context = await newContext(browser, 'vi');
        const page = await context.newPage();
        const problems: string[] = [];
        const properNames = ethnicGroupNames(loadDefinition(procedure.id));
        try {
          await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: procedure.citizen } });
          await runJourney(page, demo.url, procedure.id, 'vi', {
            reloadAtReview: false,
            onPage: async (current) => {
              problems.push(...(await languageLeftovers(page, current, properNames)));
            },
            onErrors: async (current) => {
              problems.push(...(await languageLeftovers(page, `${current} with errors`, properNames)));
            },
            onConfirmation: async () => {
              problems.push(...(await languageLeftovers(page, 'confirmation', properNames)));
            },
          });
          // runJourney ends on the journey's status page.
          problems.push(...(await languageLeftovers(page, 'status', properNames)));
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      },
    );
  }
});
