import type { Lang } from '~/i18n';

const nl = {
  queue: 'Wachtrij',
  empty: 'Niemand wacht.',
  accept: 'Aannemen',
  acceptLabel: (programme: string, wait: string) => `Aannemen: ${programme}, wacht ${wait}`,
  waiting: (wait: string) => `wacht ${wait}`,
  returning: 'Terugkerend',
  returningLabel: 'Terugkerende bezoeker',
  about: { self: 'over zichzelf', other: 'over een ander' },
  age: (band: string) => `leeftijd ${band}`,
  language: { nl: 'Nederlands', en: 'Engels' },
};

export type QueueText = typeof nl;

const en: QueueText = {
  queue: 'Queue',
  empty: 'Nobody is waiting.',
  accept: 'Accept',
  acceptLabel: (programme, wait) => `Accept: ${programme}, waiting ${wait}`,
  waiting: (wait) => `waiting ${wait}`,
  returning: 'Returning',
  returningLabel: 'Returning visitor',
  about: { self: 'about themselves', other: 'about someone else' },
  age: (band) => `age ${band}`,
  language: { nl: 'Dutch', en: 'English' },
};

export const queueText: Record<Lang, QueueText> = { nl, en };
