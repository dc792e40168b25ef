import type { Message } from '@helpline/shared/events';
import type { ChatDictionary } from './i18n';

/** A system message in the visitor's language when its code is known; the server's readable text otherwise. */
export const systemText = (message: Message, t: ChatDictionary) => {
  const translate = message.system ? t.system[message.system.code] : undefined;
  return translate ? translate(message.system?.params ?? {}) : message.body;
};

export const clockOf = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
