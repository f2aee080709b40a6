/**
 * format=flowed (RFC 3676): a line ending in a space continues on the next
 * line; a leading space was added to protect the line ("space-stuffing"). The
 * signature separator "-- " is never a soft break.
 */
export function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let paragraph = '';
  for (const raw of text.split('\n')) {
    const line = raw.startsWith(' ') ? raw.slice(1) : raw;
    const soft = line.endsWith(' ') && line !== '-- ';
    if (soft) {
      paragraph += delSp ? line.slice(0, -1) : line;
    } else {
      out.push(paragraph + line);
      paragraph = '';
    }
  }
  if (paragraph !== '') out.push(paragraph);
  return out.join('\n');
}
