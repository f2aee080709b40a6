import { test as base, expect } from '@playwright/test';
import { startCopydeskHost, type CopydeskHost } from './copydesk-host.ts';

export interface Options {
  /** The host's archive has no editor's name yet, so the page opens on the first-start dialog: `test.use({ firstStart: true })`. */
  firstStart: boolean;
}

export interface Fixtures {
  /** A `copydesk serve` of its own, on an empty archive, for this test alone; its editor's name is set unless `firstStart`. */
  host: CopydeskHost;
  /** Fails the test when the page threw, or the CSP refused something the app tried. */
  pageProblems: void;
}

export const test = base.extend<Fixtures & Options>({
  firstStart: [false, { option: true }],
  host: async ({ firstStart }, use) => {
    const host = await startCopydeskHost(firstStart ? { profile: null } : {});
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
