import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { ninjs31Schema } from '../../support/paths.ts';

let validator: ValidateFunction | undefined;

/**
 * The official ninjs 3.1 schema (JSON Schema 2020-12) compiled with Ajv. Its
 * places[].geoJSON points at geojson.org; tests run offline, so a permissive
 * local stand-in answers that reference (Copydesk writes no geoJSON).
 */
export function ninjsValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(ninjs31Schema, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  validator = ajv.compile(schema);
  return validator;
}

/** Ajv's errors as one readable string, for assertion messages. */
export function ninjsErrors(value: unknown): string {
  const validate = ninjsValidator();
  return validate(value) ? '' : JSON.stringify(validate.errors, null, 1);
}
