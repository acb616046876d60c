import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    // Building a SOAP client from the WSDL can take seconds on a busy CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
