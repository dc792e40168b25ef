import { programmeIds } from '@helpline/shared/domain';
import { getLocale } from 'next-intl/server';
import { getPathname } from '~/i18n/navigation';

/**
 * Where the chat's links lead, in the page's language: made on the server, so no router code reaches the browser. In
 * the embed the mailbox opens inside the frame (the visitor stays on the website they came from).
 */
export type ChatLinks = { mailbox: string; advice: string; chat: Record<string, string> };

export const chatLinks = async (programme: string, basePath: '/chat' | '/embed'): Promise<ChatLinks> => {
  const locale = await getLocale();
  const href = (path: string) => getPathname({ locale, href: path });
  return {
    mailbox: href(basePath === '/embed' ? `/embed/${programme}/mailbox` : `/mailbox/${programme}`),
    advice: href(`/advice/${programme}`),
    chat: Object.fromEntries(programmeIds.map((id) => [id, href(`${basePath}/${id}`)])),
  };
};
