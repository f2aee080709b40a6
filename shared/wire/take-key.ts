/**
 * What a version says about itself: the ANPA version field and the slug line's
 * take key ("1stLd-Writethru", "Correction", "KILL"), the 7901 lines above the
 * headline ("1ST LEAD", "REFILE"), and editors' notes ("Eds: Updates with …").
 */
export interface VersionMarks {
  /** IPTC-style signals, in a fixed order: update, writethru, correction, kill, withdrawal, advisory. */
  signals: string[];
  /** The version the marks number, when they number one: "1stLd" is the second version. */
  version?: number;
}

const SIGNAL_ORDER = ['update', 'writethru', 'correction', 'kill', 'withdrawal', 'advisory'] as const;
type Signal = (typeof SIGNAL_ORDER)[number];

// "1stLd", "1st Ld-Writethru", "7thWritethru", "2ND LEAD", "3. Zusammenfassung".
const ORDINAL = /\b(\d{1,2})\s*(?:st|nd|rd|th|\.)\s*-?\s*(?:ld|lead|write-?thru|writethrough|zusammenfassung|neufassung)\b/i;
const KEY_SIGNALS: ReadonlyArray<[RegExp, Signal[]]> = [
  [/\bld\b|\d(?:st|nd|rd|th)\s*ld\b|\blead\b|\bsubs?\b|\binsert\b|\badd\b|\bupdate[sd]?\b|\brefiled?\b|\bnew approach\b|\bzusammenfassung\b|\bneufassung\b|\baktualisier/i, ['update']],
  [/write-?thru|writethrough/i, ['writethru']],
  [/\bcorrect(?:ion|ed|s|ive)?\b|\bcorr\b|\bberichtigung\b|\bberichtigt\b|\bkorrektur\b|\bkorrigiert\b/i, ['correction']],
  [/\bkill(?:ed)?\b|\belimination\b|\bstreichung\b|\bgestrichen\b/i, ['kill']],
  [/\bwithdraw(?:n|al|s)?\b|\bzur(?:ü|ue)ckgezogen\b|\bsperrung\b/i, ['kill', 'withdrawal']],
  [/\badvisory\b|\bachtung\b|\battention\b/i, ['advisory']],
];

/** Editors' notes are prose: only what they open a sentence with says what the version is. */
const NOTE_SIGNALS: ReadonlyArray<[RegExp, Signal[]]> = [
  [/(?:^|[.:;]\s+)(?:updates|update|adds|recasts|changes|subs|restores|expands|tops|inserts|new approach)\b/i, ['update']],
  [/(?:^|[.:;]\s+)(?:corrects|correction|corrected|fixes|clarifies)\b/i, ['correction']],
  // "Eds: Kill …" opens the note; inside it only AP's capitals ("… . KILL BC-…") are a kill, not "kill fee".
  [/^(?:mandatory\s+)?kill(?:ed)?\b/i, ['kill']],
  [/(?:^|[.:;]\s+)(?:MANDATORY )?KILL\b/, ['kill']],
  [/(?:^|[.:;]\s+)(?:withdrawn|withdrawal|withdraw)\b|\b(?:story|item|report|dispatch|article)\b[^.]{0,80}\b(?:has been|is being|is|was) (?:withdrawn|killed)\b/i, ['kill', 'withdrawal']],
];

/** A line that is nothing but a kill or withdrawal: "KILL", "STORY KILLED", "WITHDRAWN". */
const KILL_LINE = /^(?:mandatory\s+)?(?:kill|killed|story killed|withdrawn|withdrawal|elimination)[\s.!]*$/i;

export function isKillLine(line: string): boolean {
  return line.length <= 40 && KILL_LINE.test(line.trim());
}

/** Reads take keys (short header fields) and editors' notes (prose) into signals and a version number. */
export function readVersionMarks(takeKeys: readonly string[], notes: readonly string[] = []): VersionMarks {
  const found = new Set<Signal>();
  let ordinal: number | undefined;
  for (const raw of takeKeys) {
    const key = raw.slice(0, 120);
    const m = ORDINAL.exec(key);
    if (m) ordinal = Math.max(ordinal ?? 0, Number(m[1]));
    for (const [pattern, signals] of KEY_SIGNALS) if (pattern.test(key)) signals.forEach((s) => found.add(s));
  }
  for (const raw of notes) {
    const note = raw.slice(0, 600).replace(/^\(?\s*eds?\s*:\s*/i, '');
    if (isKillLine(note)) found.add('kill');
    for (const [pattern, signals] of NOTE_SIGNALS) if (pattern.test(note)) signals.forEach((s) => found.add(s));
  }
  const marks: VersionMarks = { signals: SIGNAL_ORDER.filter((s) => found.has(s)) };
  // The original is version 1; each numbered lead or write-through ("1stLd" = the first new lead) adds one.
  if (ordinal !== undefined && ordinal > 0) marks.version = ordinal + 1;
  // Copy that says nothing about itself is the first version; a kill, correction or
  // unnumbered update is a later one whose number only the archive knows.
  else if (found.size === 0 || (found.size === 1 && found.has('advisory'))) marks.version = 1;
  return marks;
}
