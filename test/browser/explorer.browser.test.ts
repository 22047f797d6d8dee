/**
 * The rules explorer in a real headless Chromium (Debian's `chromium` at /usr/bin/chromium, or $CHROMIUM), opened
 * from `file://` as a reader would open it. `npm run test:browser` builds the page first, so this tests the page
 * of the current code; test/explorer/build.test.ts (in `npm test`) holds the committed page to that build.
 *
 * The expected dates, statuses and articles are worked out by hand from the law (the same cases as the README):
 * - absence from Monday 10 March 2025, as of 5 May 2025: the conversation with the return-to-work coach within
 *   2 months (omzendbrief, AgO informeel traject stap 2) is due Saturday 10 May, within the 7 days of `due-soon`;
 *   the occupational physician must be told once the incapacity has lasted 4 weeks (Codex I.4-4 §3): the 28th day
 *   is 6 April, so the duty is due 7 April and overdue. On 11 July, 4 months without a conversation: the formal
 *   trajectory is required.
 * - the formal trajectory of examples/cases/formal-decision-a.json, as of 1 June 2025: the request received on
 *   16 April, assessment within 49 days (Codex I.4-73): 4 June, met on 19 May; decision A received by the employer
 *   on 20 May, plan or motivated report within 63 days (Codex I.4-75): 22 July, open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber, unsafePlainDate } from '../../src/calendar/index.js';

const PAGE = pathToFileURL(resolve('docs/explorer/index.html')).href;
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

let context: BrowserContext;
let profile: string;
/** Every request any page made, to show that the page fetches nothing from the network. */
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'reintegratie-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // Without the background-networking flags Chromium reaches for the network on its own (updates, sync).
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => errors.push(e.error().message));
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function open(hash = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(PAGE + hash);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Moves the asOf slider to a date (its value is the day number of the date). */
async function moveAsOf(page: Page, date: string): Promise<void> {
  await page.locator('#asof-range').fill(String(toDayNumber(unsafePlainDate(date))));
  await expect.poll(() => page.locator('#asof-date').inputValue()).toBe(date);
}

/** The due date, status and article of the first deadline of a rule, as the page shows them. */
async function deadline(page: Page, rule: string) {
  const item = page.locator(`#deadlines li[data-rule="${rule}"]`).first();
  return {
    due: await item.locator('[data-field="due"]').innerText(),
    status: await item.locator('.head [data-field="status"]').getAttribute('data-status'),
    statusText: await item.locator('.head [data-field="status"]').innerText(),
    article: await item.locator('[data-field="article"]').innerText(),
    from: await item.locator('[data-field="from-date"]').innerText(),
  };
}

describe('the rules explorer, opened from file:// in Chromium', () => {
  it('shows the deadlines of an example as the slider moves asOf', async () => {
    const page = await open('#lang=en');
    await page.selectOption('#example', 'informal-escalation');
    await moveAsOf(page, '2025-05-05');

    expect(await deadline(page, 'informal.first-conversation')).toEqual({
      due: '2025-05-10', status: 'due-soon', statusText: 'due soon', article: 'Omzendbrief; AgO informeel traject, stap 2', from: '2025-03-10 Mon',
    });
    expect(await deadline(page, 'health.notify-occupational-physician')).toEqual({
      due: '2025-04-07', status: 'overdue', statusText: 'overdue', article: 'Codex I.4-4 §3', from: '2025-03-10 Mon',
    });
    await expect.poll(() => page.locator('#actions li[data-rule="health.notify-occupational-physician"]').count()).toBe(1);
    expect(await page.locator('#flags li[data-code="formal-trajectory-required"]').count()).toBe(0);

    await moveAsOf(page, '2025-07-11');
    expect(await page.locator('#flags li[data-code="formal-trajectory-required"]').count()).toBe(1);
    expect(await page.locator('#actions li[data-rule="formal.start-required"]').count()).toBe(1);
    await page.close();
  });

  it('shows the formal trajectory with its articles, in Dutch', async () => {
    const page = await open('#lang=nl');
    await page.selectOption('#example', 'formal-decision-a');
    await moveAsOf(page, '2025-06-01');
    expect(await deadline(page, 'formal.assessment')).toEqual({
      due: '2025-06-04', status: 'met', statusText: 'voldaan', article: 'Codex I.4-73', from: '2025-04-16 wo',
    });
    expect(await deadline(page, 'formal.plan-after-a')).toEqual({
      due: '2025-07-22', status: 'open', statusText: 'open', article: 'Codex I.4-75', from: '2025-05-20 di',
    });
    // The interpretation chosen, with its text from the registry.
    const plan = page.locator('#deadlines li[data-rule="formal.plan-after-a"]');
    await plan.locator('summary', { hasText: 'day-after-receipt-is-day-1' }).click();
    expect(await plan.locator('[data-field="interpretations"] details[open] p').innerText()).not.toBe('');
    await page.close();
  });

  it('keeps the view in the URL hash: a link shows the same view, in the same language', async () => {
    const page = await open('#lang=fr');
    await page.selectOption('#example', 'formal-decision-a');
    await moveAsOf(page, '2025-06-01');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const url = page.url();
    expect(url).toContain('example=formal-decision-a');
    expect(url).toContain('asOf=2025-06-01');
    const shown = await page.locator('#results').innerText();

    const again = await open(url.slice(url.indexOf('#')));
    expect(await again.locator('#asof-date').inputValue()).toBe('2025-06-01');
    expect(await again.locator('#example').inputValue()).toBe('formal-decision-a');
    expect(await again.locator('#results').innerText()).toBe(shown);
    expect(shown).toContain('Plan de réintégration ou rapport motivé');
    await page.close();
    await again.close();
  });

  it('shows an impossible date as an issue beside the field, and an edited case survives a reload', async () => {
    const page = await open('#lang=en');
    await page.selectOption('#example', 'informal-escalation');
    await page.locator('[data-path="events.1.date"]').fill('2025-02-30');
    const beside = page.locator('.issue[data-issue-for="events.1.date"]');
    await expect.poll(() => beside.innerText()).toContain('February 2025 has 28 days');
    expect(await page.locator('[data-path="events.1.date"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#issues li[data-issue-path="events.1.date"]').getAttribute('data-code')).toBe('invalid-event');
    // The valid events are still evaluated.
    expect((await deadline(page, 'health.notify-occupational-physician')).due).toBe('2025-04-07');

    // The edited case is in the hash.
    const url = page.url();
    expect(url).toContain('case=');
    const again = await open(url.slice(url.indexOf('#')));
    await expect.poll(() => again.locator('.issue[data-issue-for="events.1.date"]').innerText()).toContain('February 2025 has 28 days');
    await page.close();
    await again.close();
  });

  it('evaluates what is typed in the JSON pane', async () => {
    const page = await open('#lang=en');
    await page.selectOption('#example', 'informal-escalation');
    await page.click('#tab-json');
    await page.locator('#json').fill(JSON.stringify({
      caseId: 'typed',
      events: [{ id: 'x1', type: 'absence.started', date: '2025-01-31' }, { id: 'x2', type: 'contact.made', date: '2025-13-01' }],
    }));
    await expect.poll(() => page.locator('#issues li[data-issue-path="events.1.date"]').innerText()).toContain('there is no month 13');
    // 31 January + 2 months is clamped to the end of March (month-end-clamped).
    await moveAsOf(page, '2025-03-01');
    expect((await deadline(page, 'informal.first-conversation')).due).toBe('2025-03-31');
    await page.locator('#json').fill('{ "caseId": ');
    await expect.poll(() => page.locator('#json-error').innerText()).toContain('Not valid JSON');
    await page.close();
  });

  it('fetched nothing from the network and raised no error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
