import type { Lang } from '~/i18n';
import { en } from './i18n-en';
import { type ChatDictionary, nl } from './i18n-nl';

export type { ChatDictionary };
export const chatDictionary: Record<Lang, ChatDictionary> = { nl, en };
