import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const probe = (tz: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'test/robustness/tz-probe.ts'], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

describe('results never depend on the process time zone', () => {
  it('gives byte-identical output under UTC, Pacific/Kiritimati (+14), Pacific/Pago_Pago (-11), America/Sao_Paulo and Europe/Brussels', () => {
    const reference = probe('UTC');
    expect(reference.length).toBeGreaterThan(1000);
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Europe/Brussels']) {
      expect(probe(tz)).toBe(reference);
    }
  }, 120_000);
});
