import type { Dateline as DatelineModel } from '../../../shared/model/story.ts';
import { formatFullTime } from '../common/format-time.ts';

/** "Moscow (EFE) · 29 October 2021": place and agency as parsed, else the dateline as written. */
export function formatDateline(dateline: DatelineModel): string {
  if (!dateline.place) return dateline.text;
  const agency = dateline.agency ? ` (${dateline.agency})` : '';
  const date = dateline.date ? ` · ${formatFullTime(dateline.date)}` : '';
  return `${dateline.place}${agency}${date}`;
}
