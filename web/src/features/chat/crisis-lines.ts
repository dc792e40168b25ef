/**
 * The crisis lines a visitor is shown at once on an urgency answer (TAXONOMY.md `urgency`): `self-harm` shows
 * 113 Zelfmoordpreventie and 112, `child-at-risk` shows 112. Kept in this order, the one to call first on top.
 */
export type CrisisLine = '113' | '112';
const ORDER: readonly CrisisLine[] = ['113', '112'];

const LINES_OF = new Map<string, readonly CrisisLine[]>([
  ['self-harm', ['113', '112']],
  ['child-at-risk', ['112']],
]);

/** The lines an urgency answer shows; none for any other answer, or none given. */
export const crisisLinesOf = (urgency: string | undefined): CrisisLine[] => [...(LINES_OF.get(urgency ?? '') ?? [])];

/** Lines shown once stay shown: the lines of both, each once, in call order. */
export const withLines = (shown: readonly CrisisLine[], more: readonly CrisisLine[]): CrisisLine[] =>
  ORDER.filter((line) => shown.includes(line) || more.includes(line));

/** Only known lines survive a round trip through this tab's storage. */
export const asLines = (stored: unknown): CrisisLine[] =>
  Array.isArray(stored) ? ORDER.filter((line) => stored.includes(line)) : [];

/** The numbers behind the lines, as written for people and for tel: links. */
export const crisisContacts = {
  '113': { display: '0800-0113', tel: '08000113', web: 'https://www.113.nl', webDisplay: '113.nl' },
  '112': { display: '112', tel: '112' },
} as const;
