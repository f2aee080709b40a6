import { describe, expect, it } from 'vitest';
import type { RightsReason } from '../../../shared/model/licence.ts';
import { expiryWarning, overrideReasonReady, whyNotOverridable } from '../../../renderer/src/rights/rights-text.ts';
import { defaultUseForm, intendedUseFromForm } from '../../../renderer/src/rights/use-form.ts';
import { isOverdue, takedownTitle } from '../../../renderer/src/takedowns/takedown-text.ts';

const today = '2026-11-29';

describe('the Republish dialog’s intended use', () => {
  it('today’s date is sent as "now", so a story that came in this morning is not held back to midnight', () => {
    const result = intendedUseFromForm(defaultUseForm(today), today);
    expect(result).toEqual({
      ok: true,
      use: { channel: 'web', territory: null, modified: false, translated: false, excerptWords: null },
    });
  });

  it('another day, a territory and an excerpt go as typed', () => {
    const result = intendedUseFromForm(
      { channel: 'print', territory: ' es ', date: '2026-12-05', modified: true, translated: true, excerptWords: '120' },
      today,
    );
    expect(result).toEqual({
      ok: true,
      use: { channel: 'print', territory: 'ES', date: '2026-12-05', modified: true, translated: true, excerptWords: 120 },
    });
  });

  it.each([
    ['territory', { territory: 'ESP' }],
    ['territory', { territory: 'E1' }],
    ['excerptWords', { excerptWords: '0' }],
    ['excerptWords', { excerptWords: '12.5' }],
    ['date', { date: '29/11/2026' }],
  ])('refuses a bad %s before asking the services', (field, patch) => {
    const result = intendedUseFromForm({ ...defaultUseForm(today), ...patch }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe(field);
  });
});

describe('rights messages', () => {
  it('warns of a licence ending soon, and of one that has ended', () => {
    expect(expiryWarning('2026-12-11', today)).toBe('Licence ends on 11 Dec 2026 (in 12 days)');
    expect(expiryWarning('2026-11-29', today)).toBe('Licence ends on 29 Nov 2026 (today)');
    expect(expiryWarning('2026-11-26', today)).toBe('Licence ended on 26 Nov 2026 (3 days ago)');
  });

  const reason = (code: RightsReason['code']): RightsReason => ({ code, blocking: true, message: code, licenceId: null });

  it('says plainly why a block cannot be overridden', () => {
    expect(whyNotOverridable({ allowed: false, overridable: false, reasons: [reason('killed'), reason('channel')] })).toBe(
      'A killed story cannot be republished.',
    );
    expect(whyNotOverridable({ allowed: false, overridable: false, reasons: [reason('embargo')] })).toMatch(/embargo lifts/);
    expect(whyNotOverridable({ allowed: false, overridable: false, reasons: [reason('withheld')] })).toMatch(/withheld/);
  });

  it('has nothing to say when an override is possible or not needed', () => {
    expect(whyNotOverridable({ allowed: false, overridable: true, reasons: [reason('translation')] })).toBeNull();
    expect(whyNotOverridable({ allowed: true, overridable: false, reasons: [] })).toBeNull();
  });

  it('an override needs a reason of three characters or more', () => {
    expect(overrideReasonReady('  ok ')).toBe(false);
    expect(overrideReasonReady('Agreed by phone with EFE')).toBe(true);
  });
});

describe('the takedown banner', () => {
  it('counts the uses to take down in words', () => {
    expect(takedownTitle(1)).toBe('1 use of a killed story must be taken down');
    expect(takedownTitle(2)).toBe('2 uses of killed stories must be taken down');
  });

  it('a use is overdue once its deadline has passed, and never without one', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(isOverdue({ dueBy: '2026-11-29T11:59:00Z', doneAt: null }, now)).toBe(true);
    expect(isOverdue({ dueBy: '2026-11-29T12:01:00Z', doneAt: null }, now)).toBe(false);
    expect(isOverdue({ dueBy: null, doneAt: null }, now)).toBe(false);
    expect(isOverdue({ dueBy: '2026-11-29T11:00:00Z', doneAt: '2026-11-29T11:30:00Z' }, now)).toBe(false);
  });
});
