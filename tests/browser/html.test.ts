/// <reference lib="dom" />
/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. Where no Chromium
 * is installed the tests are skipped and say why; under CI a missing Chromium fails the run (`.ci/run`
 * installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatReport } from '../../src/report/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import type { CheckReport, CompareReport, HistoryReport } from '../../src/types.js';
import { historyPlans } from '../../src/compare/history/index.js';
import { reviseSeed } from '../helpers/revise.js';
import { requireTool } from '../helpers/tools.js';

const CHROMIUM = process.env.PLAN_DIFF_CHROMIUM ?? '/usr/bin/chromium';
const SKIP_REASON = `no Chromium at ${CHROMIUM} (install Debian's "chromium" package, or set PLAN_DIFF_CHROMIUM)`;
const hasChromium = requireTool(CHROMIUM, `Chromium (Debian's "chromium" package, or set PLAN_DIFF_CHROMIUM)`);

const SHOTS = resolve('tests/browser/__screenshots__');
const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';

let browser: Browser | undefined;
const work = mkdtempSync(join(tmpdir(), 'plan-diff-browser-'));

/** Render a report to a file and open it in a fresh page that records every request and error. */
async function open(name: string, report: CompareReport | CheckReport | HistoryReport, options: { javaScript?: boolean; only?: 'all' } = {}) {
  const file = join(work, name);
  writeFileSync(file, (await formatReport(report, 'html', { color: false, only: options.only })) as string);
  const context = await browser!.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, errors, url: pathToFileURL(file).href };
}

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);

/** Three drafts of the seed (the examples' second and third drafts), the third with `<script>` in a task. */
function seedHistory(): HistoryReport {
  const parse = (path: string, value = readFileSync(path, 'utf8')) => parsePlan({ path, value, format: 'txt', lineUnit: 'line' });
  const v3 = readFileSync('examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt', 'utf8').replace('加强科技人文交流。', '加强科技人文交流。<script>alert(1)</script>');
  return historyPlans([parse(SEED), parse('examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt'), parse('draft3.txt', v3)]);
}

function seedRevision(): CompareReport {
  const text = readFileSync(SEED, 'utf8');
  const parse = (path: string, value: string) => parsePlan({ path, value, format: 'txt', lineUnit: 'line' });
  return comparePlans(parse(SEED, text), parse('revised.txt', reviseSeed(text).text));
}

describe.skipIf(!hasChromium)(`HTML report in headless Chromium${hasChromium ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  beforeAll(async () => {
    // Note: launch() gives every run a fresh temporary profile (a user-data-dir of its own).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a seed revision side by side with word highlights, makes no request and runs without errors', async () => {
    const report = seedRevision();
    const { page, requests, errors, url } = await open('seed.html', report);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    const modified = page.locator('tr.kind-modified').first();
    const [oldBox, newBox] = [await modified.locator('td.old').boundingBox(), await modified.locator('td.new').boundingBox()];
    expect(oldBox!.y).toBe(newBox!.y);
    expect(oldBox!.x + oldBox!.width).toBeLessThanOrEqual(newBox!.x + 1);
    const del = await modified.locator('del').first().evaluate((el) => getComputedStyle(el));
    expect(del.textDecorationLine).toContain('line-through');
    expect(del.color).toBe('rgb(180, 35, 24)');
    const ins = await page.locator('td.new ins').first().evaluate((el) => ({ weight: getComputedStyle(el).fontWeight, background: getComputedStyle(el).backgroundColor }));
    expect(ins).toEqual({ weight: '600', background: 'rgb(216, 245, 223)' });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'compare-seed-revision.png') });
    await page.screenshot({ path: join(SHOTS, 'compare-seed-revision-full.png'), fullPage: true });
  });

  it('filters: changed only first, all on request, back again; the count follows', async () => {
    const report = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
    const { page } = await open('sample.html', report);
    const rows = await page.locator('tr.row').count();
    const changed = await page.locator('tr.row.changed').count();
    expect(changed).toBeLessThan(rows);
    expect(await visible(page, 'tr.row')).toBe(changed);
    expect(await page.locator('#shown').textContent()).toBe(`显示 ${changed} / ${rows} 条`);
    expect(await visible(page, 'tr.fold')).toBeGreaterThan(0);
    await page.click('[data-set-filter=all]');
    expect(await visible(page, 'tr.row')).toBe(rows);
    expect(await visible(page, 'tr.fold')).toBe(0);
    expect(await page.getAttribute('[data-set-filter=all]', 'aria-pressed')).toBe('true');
    await page.click('[data-set-filter=changed]');
    expect(await visible(page, 'tr.row')).toBe(changed);
  });

  it('links a moved clause to its old place and back; a link into a hidden row shows all rows', async () => {
    const report = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
    const moved = report.pairs.findIndex((p) => p.moved);
    const { page } = await open('sample.html', report);
    await page.click(`tr#p${moved} a[href="#o${moved}"]`);
    expect(new URL(page.url()).hash).toBe(`#o${moved}`);
    await expect.poll(() => page.locator(`#o${moved}`).isVisible()).toBe(true);
    await page.click(`tr#o${moved} a[href="#p${moved}"]`);
    expect(new URL(page.url()).hash).toBe(`#p${moved}`);
    const unchanged = report.pairs.findIndex((p) => p.status === 'unchanged' && !p.moved && !p.renumbered);
    expect(await page.locator(`#p${unchanged}`).isVisible()).toBe(false);
    await page.evaluate((id) => (location.hash = id), `#p${unchanged}`);
    await expect.poll(() => page.locator(`#p${unchanged}`).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'data-filter')).toBe('all');
  });

  it('without JavaScript shows every row and hides the filter buttons', async () => {
    const report = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
    const { page } = await open('nojs.html', report, { javaScript: false });
    expect(await visible(page, 'tr.row')).toBe(await page.locator('tr.row').count());
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('text=alert(1)').count()).toBeGreaterThan(0);
  });

  it('renders <script> in a plan as text and never runs it', async () => {
    const report = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
    const { page } = await open('xss.html', report, { only: 'all' });
    let dialogs = 0;
    page.on('dialog', (dialog) => ((dialogs += 1), dialog.dismiss()));
    await page.reload();
    expect(dialogs).toBe(0);
    expect(await page.locator('td.new', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
  });

  it('prints without navigator or filters', async () => {
    const report = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
    const { page } = await open('print.html', report);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.outline').isVisible()).toBe(false);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('table.sbs').isVisible()).toBe(true);
  });

  it('shows a history with one column per version, changed rows only at first, all on request', async () => {
    const report = seedHistory();
    const { page, requests, errors, url } = await open('history.html', report);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(await page.locator('table.history thead th').count()).toBe(4);
    const rows = await page.locator('table.history tr.row').count();
    expect(rows).toBe(report.rows.length);
    const changed = report.rows.filter((r) => r.changed).length;
    expect(changed).toBeLessThan(rows);
    expect(await visible(page, 'table.history tr.row')).toBe(changed);
    expect(await page.locator('#shown').textContent()).toBe(`显示 ${changed} / ${rows} 条`);
    await page.click('[data-set-filter=all]');
    expect(await visible(page, 'table.history tr.row')).toBe(rows);
    await page.click('[data-set-filter=changed]');
    expect(await visible(page, 'table.history tr.row')).toBe(changed);
    // the 发展目标 row: three columns side by side, 20家 struck and 达15家 inserted in the second
    const goal = page.locator('table.history tr.row', { hasText: '联合实验室' }).first();
    const boxes = await Promise.all([0, 1, 2].map((k) => goal.locator('td').nth(k).boundingBox()));
    expect(boxes[0]!.y).toBe(boxes[2]!.y);
    expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(boxes[1]!.x + 1);
    expect(boxes[1]!.x + boxes[1]!.width).toBeLessThanOrEqual(boxes[2]!.x + 1);
    expect(await goal.locator('td').nth(1).locator('del').allTextContents()).toContain('20家');
    expect(await goal.locator('td').nth(1).locator('ins').allTextContents()).toContain('达15家');
    expect(await page.locator('table.history-targets tbody tr').count()).toBe(report.targets.filter((t) => t.changedIn.length > 0).length);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'history-seed.png'), fullPage: true });
  });

  it('renders <script> in a history as text and never runs it', async () => {
    const { page } = await open('history-xss.html', seedHistory());
    let dialogs = 0;
    page.on('dialog', (dialog) => ((dialogs += 1), dialog.dismiss()));
    await page.reload();
    expect(dialogs).toBe(0);
    expect(await page.locator('table.history td', { hasText: '<script>alert(1)</script>' }).count()).toBeGreaterThan(0);
  });

  it('shows the findings and matches of a check report', async () => {
    const report = JSON.parse(readFileSync('fixtures/report/check-sample.json', 'utf8')) as CheckReport;
    const { page, requests, url } = await open('check.html', report);
    expect(requests).toEqual([url]);
    expect(await visible(page, 'table.findings tr.row')).toBe(report.findings.length);
    const problems = report.matches.filter((m) => m.status !== 'consistent').length;
    expect(await visible(page, 'table.matches tr.row')).toBe(problems);
    await page.click('[data-set-filter=all]');
    expect(await visible(page, 'table.matches tr.row')).toBe(report.matches.length);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'check-sample.png'), fullPage: true });
  });
});
