import type { SystemCode } from '@helpline/shared/events';
import type { useTranslations } from 'next-intl';

type ChatText = ReturnType<typeof useTranslations<'chat'>>;

/** The codes this page has words for (the compiler insists on every one the contract knows). */
const KNOWN: Record<SystemCode, true> = {
  'queue-timed-out': true,
  requeued: true,
  'transferred-to-colleague': true,
  'transferred-to-programme': true,
  'counsellor-withdrawn': true,
};
const isKnown = (code: string): code is SystemCode => Object.hasOwn(KNOWN, code);

/** A system message in the visitor's language when its code is known; the server's readable text otherwise. */
export const systemText = (
  { body, system }: { body: string; system?: { code: string; params?: Record<string, string | number> } | undefined },
  t: ChatText,
) =>
  system && isKnown(system.code)
    ? t(`system.${system.code}`, { alias: t('system.colleague'), ...system.params })
    : body;

export const clockOf = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
