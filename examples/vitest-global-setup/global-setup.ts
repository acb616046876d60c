/**
 * One ips-mock for the whole test run (vitest globalSetup runs once, in the
 * main process). It uses the typed in-process API to load the suite's
 * fixtures, then hands the URL to the test files, which each use their own
 * company and talk to the mock over HTTP (they run in worker threads).
 */
import type { TestProject } from 'vitest/node';
import { startIpsMock } from '../../src/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    ipsMockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startIpsMock({ port: 0, seed: 7, clock: '2026-11-28T10:00:00Z' });
  mock.fixtures.load({
    formatVersion: 1,
    users: [{ email: 'ci@example.com', password: 'ci-secret', role: 'IpsUser' }],
  });
  project.provide('ipsMockUrl', mock.url);
  return () => mock.close();
}
