import type { Channel } from '../../../shared/model/licence.ts';

/** Every channel, in the order the forms offer them. */
export const CHANNELS: readonly Channel[] = ['web', 'print', 'broadcast', 'newsletter', 'social', 'archive'];

const LABELS: Record<Channel, string> = {
  web: 'Web',
  print: 'Print',
  broadcast: 'Broadcast',
  newsletter: 'Newsletter',
  social: 'Social media',
  archive: 'Public archive',
};

export function channelLabel(channel: Channel): string {
  return LABELS[channel];
}
