import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The team's shared folder beside the checkout (design, samples, schemas). */
export const teamShared = path.resolve(repoRoot, '../shared');
export const samplesDir = path.join(teamShared, 'samples');
export const schemasDir = path.join(teamShared, 'schemas');

/** The EFE story syndicated through Acquire Media NewsEdge, scraped from a web page. */
export const efeSample = path.join(samplesDir, 'wire/text/000_3d6a35bbe9bd0c1a.txt');
export const ninjs31Schema = path.join(schemasDir, 'ninjs/ninjs-schema_3.1.json');

/** The CLI entry point, as a user runs it. */
export const cliBin = path.join(repoRoot, 'bin/copydesk');
