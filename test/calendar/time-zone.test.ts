/**
 * Results never depend on the process time zone (SPEC section 2). CI runs the whole suite under TZ=UTC,
 * Pacific/Kiritimati (UTC+14, which skipped 31 December 1994) and America/Sao_Paulo (DST that used to start
 * at midnight). These tests add two guards that work in any single run:
 * - the source of src/calendar uses no clock and builds no Date at all (day numbers only);
 * - in this process, the calendar gives the same results after switching TZ (when Node honours the switch).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const SRC_ROOT = fileURLToPath(new URL('../../src', import.meta.url));
const CALENDAR = join(SRC_ROOT, 'calendar');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Source without comments (good enough for our own files: no comment markers inside strings). */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('the calendar never reads the clock or the time zone', () => {
  const files = tsFiles(CALENDAR);

  it.each(files.map((f) => [f.slice(CALENDAR.length + 1), f]))('%s', (_, f) => {
    const src = code(f);
    expect(src).not.toMatch(/Date\.now|Date\.UTC|Date\.parse|getTimezoneOffset|toLocale|Intl\.|performance\.now/);
    expect(src).not.toMatch(/new Date\(\s*\)/);
    expect(src).not.toMatch(/\.get(?:UTC)?(?:Date|Day|Month|Hours|Time)\(/);
    expect(src).not.toMatch(/new Date\(|\bDate\(/);
  });

  it('only src/calendar imports date-fns', () => {
    const outside = tsFiles(SRC_ROOT)
      .filter((f) => !f.startsWith(CALENDAR))
      .filter((f) => /from\s+['"]date-fns|import\(\s*['"]date-fns|require\(\s*['"]date-fns/.test(code(f)));
    expect(outside).toEqual([]);
  });
});

describe('the same results in another time zone (in-process)', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
    vi.resetModules();
  });

  /** A fingerprint of the calendar: every month length 1900-2199 and a few terms. */
  async function fingerprint(): Promise<string> {
    vi.resetModules(); // fresh module state: the holiday memo and the date strings are rebuilt in this TZ
    const pd = await import('../../src/calendar/plain-date');
    const cal = await import('../../src/calendar/index');
    const out: unknown[] = [];
    for (let y = 1900; y <= 2199; y++) for (let m = 1; m <= 12; m++) out.push(pd.daysInMonth(y, m));
    const x = cal.unsafePlainDate('1994-12-31');
    out.push(
      cal.parsePlainDate('1994-12-31'),
      cal.parsePlainDate('1994-12-32'),
      cal.monthsAfter(cal.unsafePlainDate('1994-11-30'), 1),
      cal.monthsAfter(cal.unsafePlainDate('1994-10-31'), 2),
      cal.lastedFrom(cal.unsafePlainDate('1994-08-31'), { months: 4 }),
      cal.daysAfter(x, 1),
      cal.dayOfWeek(x),
      cal.workingDaysAfter(cal.unsafePlainDate('1994-12-23'), 5),
      cal.belgianHolidays(1994),
      cal.workingDaysAfter(cal.unsafePlainDate('2025-12-24'), 10),
    );
    return JSON.stringify(out);
  }

  it.for(['Pacific/Kiritimati', 'America/Sao_Paulo', 'Pacific/Apia', 'Asia/Tehran'])('%s', async (tz) => {
    process.env.TZ = 'UTC';
    const inUtc = await fingerprint();
    process.env.TZ = tz;
    // Node applies a TZ change at run time: make sure it did, so the comparison below means something.
    expect(new Date(2020, 0, 1).getTimezoneOffset()).not.toBe(0);
    expect(await fingerprint()).toBe(inUtc);
    // December 1994 has 31 days even where 31 December 1994 never happened.
    const pd = await import('../../src/calendar/plain-date');
    expect(pd.daysInMonth(1994, 12)).toBe(31);
  });
});
