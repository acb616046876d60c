/**
 * A company per test file: derived from the file's name, so parallel files
 * never see each other's jobs, and reset before the file runs.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { inject } from 'vitest';

export const mockUrl = () => inject('ipsMockUrl');

/** c|<8 digits> from the test file's name. */
export function companyFor(fileUrl: string): string {
  const n = createHash('sha256').update(basename(fileUrl)).digest().readUInt32BE(0) % 90_000_000;
  return `c|${10_000_000 + n}`;
}

export async function control(path: string, init: { method: string; body?: unknown }) {
  const res = await fetch(`${mockUrl()}/__admin/${path}`, {
    method: init.method,
    headers: { 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method} /__admin/${path}: ${res.status} ${await res.text()}`);
  return res.json();
}
