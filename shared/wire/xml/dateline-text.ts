import type { Dateline } from '../../model/story.ts';
import { parseDatelineLead } from '../dateline.ts';

const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
]);

/**
 * A dateline the markup states on its own ("Gaza City, Palestinian
 * Territories, May 16, 2021 (AFP) -", "Madrid, 3 nov (EFE)", "MOSCOW,
 * Monday (Reuters)") → its place, date and agency. The copy's dateline
 * reader wants lead text after the dateline, and a separator, so both are
 * supplied; a weekday is not part of the place.
 */
export function readPrintedDateline(printed: string | undefined): Partial<Dateline> {
  if (printed === undefined) return {};
  const read = parseDatelineLead(`${printed} …`) ?? parseDatelineLead(`${printed} - …`);
  if (!read) return {};
  const out: Partial<Dateline> = { ...read.dateline };
  delete out.text;
  if (out.place !== undefined) {
    const parts = out.place.split(/\s*,\s*/).filter((p) => !WEEKDAYS.has(p.toLowerCase()));
    if (parts.length > 0) out.place = parts.join(', ');
    else delete out.place;
  }
  return out;
}
