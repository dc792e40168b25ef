import type { Lang } from '~/i18n';

const nl = {
  legend: 'Tags',
  many: '(meer keuzes mogelijk)',
  missing: 'Nog invullen: kies een waarde of “onbekend”.',
  missingSummary: (n: number) =>
    n === 1 ? 'Nog 1 onderdeel invullen voordat je afrondt.' : `Nog ${n} onderdelen invullen voordat je afrondt.`,
  save: 'Tags opslaan',
  saved: 'Tags opgeslagen.',
  closeOut: 'Opslaan en afronden',
  failed: (message: string) => `Opslaan lukte niet: ${message}`,
  saving: 'Opslaan…',
};

export type TagsText = typeof nl;

const en: TagsText = {
  legend: 'Tags',
  many: '(choose one or more)',
  missing: 'Still to do: choose a value or “unknown”.',
  missingSummary: (n) => (n === 1 ? '1 item left before closing out.' : `${n} items left before closing out.`),
  save: 'Save tags',
  saved: 'Tags saved.',
  closeOut: 'Save and close out',
  failed: (message) => `Saving did not work: ${message}`,
  saving: 'Saving…',
};

export const tagsText: Record<Lang, TagsText> = { nl, en };
