/** "1 story", "1,204 stories", "1,000+ stories" when the host stopped counting. */
export function formatStoryCount(total: number, capped: boolean): string {
  const number = `${total.toLocaleString('en')}${capped ? '+' : ''}`;
  return `${number} ${total === 1 && !capped ? 'story' : 'stories'}`;
}
