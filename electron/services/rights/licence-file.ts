import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors.ts';
import { LicenceFile, LicenceTerms, type Licence } from '../../../shared/model/licence.ts';

const FORMAT = 'copydesk-licences';
/** What an entry of a licence file may hold: the terms, the id and retired, and the two dates `licence list --json` prints (ignored). */
const ENTRY_KEYS = new Set([...Object.keys(LicenceTerms.shape), 'id', 'retired', 'createdAt', 'updatedAt']);

/**
 * Reads the text of a licence file (hostile: anyone's file). Any problem is
 * one ApiError('bad-input') naming the file and where in it the first
 * problem is: "licences.json: licences[3].validFrom: a date written YYYY-MM-DD".
 */
export function parseLicenceFile(name: string, text: string): LicenceFile {
  const fail = (problem: string): never => {
    throw new ApiError('bad-input', `${name}: ${problem}`);
  };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    return fail(`is not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not a Copydesk licence file (expected a JSON object)');
  const top = value as Record<string, unknown>;
  if (top.format !== FORMAT) return fail(`is not a Copydesk licence file ("format" must be "${FORMAT}")`);
  if (top.version === undefined) return fail('has no "version" (this Copydesk reads version 1)');
  if (top.version !== 1) return fail(`is a licence file of version ${JSON.stringify(top.version)}; this Copydesk reads version 1`);
  if (Array.isArray(top.licences)) {
    for (const [index, entry] of top.licences.entries()) {
      if (typeof entry !== 'object' || entry === null) continue;
      // A misspelt field would otherwise be dropped and its default apply (no cap where the contract has one).
      const unknown = Object.keys(entry).find((key) => !ENTRY_KEYS.has(key));
      if (unknown !== undefined) fail(`licences[${index}]: unknown field "${unknown}"`);
    }
  }
  const parsed = LicenceFile.safeParse(value);
  if (!parsed.success) return fail(describeIssue(parsed.error.issues[0]));
  for (const [index, licence] of parsed.data.licences.entries()) {
    if (licence.validTo !== null && licence.validTo < licence.validFrom) {
      fail(`licences[${index}].validTo: the last day (${licence.validTo}) is before the first (${licence.validFrom})`);
    }
  }
  return parsed.data;
}

/** Every licence, retired ones too, as a licence file: with their ids, so importing it back updates them. */
export function licenceFileText(licences: readonly Licence[]): string {
  const file: LicenceFile = {
    format: FORMAT,
    version: 1,
    licences: licences.map(({ createdAt: _created, updatedAt: _updated, ...entry }) => entry),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "licences[3].validFrom: a date written YYYY-MM-DD". */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'is not a licence file';
  const where = issue.path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}${text === '' ? '' : '.'}${String(part)}`),
    '',
  );
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}
