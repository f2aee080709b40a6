import type { Channel, IntendedUseInput } from '../../../shared/model/licence.ts';

/** The Republish dialog's fields, as typed. */
export interface UseForm {
  channel: Channel;
  /** Two letters, or blank: not said. */
  territory: string;
  /** YYYY-MM-DD from the date field. */
  date: string;
  modified: boolean;
  translated: boolean;
  /** Blank: the whole story. */
  excerptWords: string;
}

export type UseField = 'territory' | 'date' | 'excerptWords';

export type UseResult = { ok: true; use: IntendedUseInput } | { ok: false; field: UseField; message: string };

export function defaultUseForm(today: string): UseForm {
  return { channel: 'web', territory: '', date: today, modified: false, translated: false, excerptWords: '' };
}

/**
 * The intended use to check and record. Today's date is sent as no date at
 * all, which the check reads as "now": a bare day would mean midnight, before
 * a story that came in this morning, and its hold or embargo would block it.
 */
export function intendedUseFromForm(form: UseForm, today: string): UseResult {
  const territory = form.territory.trim();
  if (territory !== '' && !/^[A-Za-z]{2}$/u.test(territory)) {
    return { ok: false, field: 'territory', message: 'Two letters, the country’s ISO code: ES, US, GB…' };
  }
  const date = form.date.trim();
  if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
    return { ok: false, field: 'date', message: 'A date written YYYY-MM-DD.' };
  }
  const words = form.excerptWords.trim();
  const excerptWords = words === '' ? null : Number(words);
  if (excerptWords !== null && !(Number.isInteger(excerptWords) && excerptWords > 0)) {
    return { ok: false, field: 'excerptWords', message: 'A number of words above 0, or blank for the whole story.' };
  }
  return {
    ok: true,
    use: {
      channel: form.channel,
      territory: territory === '' ? null : territory.toUpperCase(),
      ...(date === '' || date === today ? {} : { date }),
      modified: form.modified,
      translated: form.translated,
      excerptWords,
    },
  };
}
