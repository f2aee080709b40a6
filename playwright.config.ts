import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright's own browser downloads are not used here. */
const chromiumPath = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  reporter: 'list',
  // A host per test plus a real Chromium on a 2-core machine: be patient, never flaky.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  outputDir: 'test-results',
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e/browser',
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1440, height: 900 },
        actionTimeout: 15_000,
        navigationTimeout: 30_000,
        trace: 'retain-on-failure',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      // Drives Electron through Playwright's _electron API; it never asks for a browser.
      name: 'electron',
      testDir: 'tests/e2e/electron',
    },
  ],
});
