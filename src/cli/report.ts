// Wired to src/reporting once it lands.
export async function runReport(_file: string | undefined, _opts: Record<string, unknown>, _out: (s: string) => void): Promise<number> {
  throw new Error('report: not available yet');
}
