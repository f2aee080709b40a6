import { test as base, expect } from '@playwright/test';
import { startCopydeskHost, type CopydeskHost } from './copydesk-host.ts';

export interface Fixtures {
  /** A `copydesk serve` of its own, on an empty archive, for this test alone. */
  host: CopydeskHost;
  /** Fails the test when the page threw, or the CSP refused something the app tried. */
  pageProblems: void;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  host: async ({}, use) => {
    const host = await startCopydeskHost();
    try {
      await use(host);
    } finally {
      await host.stop();
    }
  },
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      await use();
      expect(problems, 'the page threw or broke its CSP').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
