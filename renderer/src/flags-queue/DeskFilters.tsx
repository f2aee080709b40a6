import { useId } from 'react';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { FLAG_STATUSES, type FlagStatus } from '../../../shared/model/editing.ts';
import { formatLanguage } from '../common/format-language.ts';
import { flagCount, flagStatusLabels } from '../common/flag-status.ts';
import type { QueueFilter } from './use-flag-queue.ts';
import '../common/flag-status.css';

type QueueCounts = MethodOutput<'flags.queue'>['counts'];

interface Choice {
  value: string | null;
  label: string;
  count: number;
}

/**
 * Status and target language, one choice each, every choice with the number
 * of flags it would list: a status's count is under the chosen language and
 * a language's under the chosen status, as the services count them.
 */
export function DeskFilters({
  counts,
  filter,
  stale,
  onChange,
}: {
  /** undefined until the first answer. */
  counts: QueueCounts | undefined;
  filter: QueueFilter;
  /** The counts are the previous filter's while the new one loads. */
  stale: boolean;
  onChange: (filter: QueueFilter) => void;
}) {
  const statusChoices: Choice[] = counts
    ? [
        { value: null, label: 'All', count: sum(Object.values(counts.byStatus)) },
        ...FLAG_STATUSES.map((status) => ({ value: status, label: flagStatusLabels[status], count: counts.byStatus[status] })),
      ]
    : [];
  const languageChoices: Choice[] = counts
    ? [
        { value: null, label: 'All languages', count: sum(Object.values(counts.byTarget)) },
        ...languages(counts.byTarget, filter.targetLanguage),
      ]
    : [];
  return (
    <div className={`desk-filters${stale ? ' is-stale' : ''}`}>
      <ChoiceGroup
        title="Status"
        choices={statusChoices}
        chosen={filter.status}
        classFor={(value) => (value ? `flag-state flag-state-${value}` : '')}
        onChoose={(value) => onChange({ ...filter, status: value as FlagStatus | null })}
      />
      <ChoiceGroup
        title="Target language"
        choices={languageChoices}
        chosen={filter.targetLanguage}
        onChoose={(value) => onChange({ ...filter, targetLanguage: value })}
      />
    </div>
  );
}

function ChoiceGroup({
  title,
  choices,
  chosen,
  classFor,
  onChoose,
}: {
  title: string;
  choices: Choice[];
  chosen: string | null;
  classFor?: (value: string | null) => string;
  onChoose: (value: string | null) => void;
}) {
  const name = useId();
  return (
    <fieldset className="desk-choices">
      <legend className="desk-choices-title">{title}</legend>
      {choices.length === 0 ? (
        <p className="desk-counting">Counting…</p>
      ) : (
        <div className="desk-choice-row">
          {choices.map((choice) => {
            const selected = choice.value === chosen;
            return (
              <label
                key={choice.value ?? ''}
                className={`desk-choice${selected ? ' is-selected' : ''}${choice.count === 0 ? ' is-zero' : ''}`}
              >
                <input
                  type="radio"
                  name={name}
                  checked={selected}
                  aria-label={`${choice.label}, ${flagCount(choice.count)}`}
                  onChange={() => onChoose(choice.value)}
                />
                <span className="desk-choice-label">{choice.label}</span>
                <span className={`desk-choice-count ${classFor?.(choice.value) ?? ''}`} aria-hidden="true">
                  {choice.count.toLocaleString('en')}
                </span>
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}

/** Most flags first; the chosen language stays, at 0, when the status leaves it none, so it can be unchosen. */
function languages(byTarget: Record<string, number>, chosen: string | null): Choice[] {
  const entries = Object.entries(byTarget);
  if (chosen !== null && !Object.hasOwn(byTarget, chosen)) entries.push([chosen, 0]);
  return entries
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([tag, count]) => ({ value: tag, label: formatLanguage(tag), count }));
}

function sum(values: number[]): number {
  return values.reduce((total, n) => total + n, 0);
}
