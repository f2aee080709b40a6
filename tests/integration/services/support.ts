import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onTestFinished } from 'vitest';
import type { EventName, EventPayload } from '../../../shared/api/contract.ts';
import { openServices } from '../../../electron/services/open-services.ts';
import type { OpenServicesOptions, Services } from '../../../electron/services/services.ts';
import { makeTempDir } from '../db/support.ts';

/** Services over a fresh archive, closed (and awaited) when the test ends. */
export function testServices(extra: Partial<OpenServicesOptions> = {}): { services: Services; dataDir: string } {
  const dataDir = extra.dataDir ?? path.join(makeTempDir(), 'Copydesk');
  const services = openServices({ host: 'browser', log: () => {}, ...extra, dataDir });
  onTestFinished(() => services.close());
  return { services, dataDir };
}

/** Every event the services emit, in order, for the rest of the test. */
export function recordEvents(services: Services): Array<{ event: EventName; payload: EventPayload<EventName> }> {
  const seen: Array<{ event: EventName; payload: EventPayload<EventName> }> = [];
  const stop = services.subscribe((event, payload) => seen.push({ event, payload }));
  onTestFinished(stop);
  return seen;
}

/**
 * Polls until `check` returns a value other than undefined. The deadline only
 * turns a hang into a failure that says what was awaited; nothing is asserted about time.
 */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, deadlineMs = 20_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await sleep(25);
  }
}

/** Plain agency copy, different for every word so no two are duplicates. */
export function agencyCopy(word: string): string {
  return `LISBON (Lusa) - Fishermen reported a ${word} off the coast on Tuesday, the port authority said.\n\nThe authority said boats should stay in port until further notice.\n`;
}
