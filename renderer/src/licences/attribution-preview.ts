import { renderAttribution } from '../../../shared/rights/attribution.ts';

/**
 * The licence form's live preview of its credit: the template filled as the
 * rights check fills it, for a story from 2021 by the licence's own agency
 * (whose copyright line then reads "© 2021 AGENCY").
 */
export function previewAttribution(template: string, licence: { provider: string; distributor: string; reference: string }): string {
  const provider = licence.provider.trim();
  const distributor = licence.distributor.trim();
  return renderAttribution(template, {
    year: 2021,
    provider,
    distributor: distributor === '' ? null : distributor,
    reference: licence.reference.trim(),
    copyright: provider === '' ? null : `© 2021 ${provider}`,
  });
}
