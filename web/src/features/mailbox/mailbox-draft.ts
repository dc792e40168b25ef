/**
 * Text a visitor takes from an ended chat to the mailbox: kept in this tab's sessionStorage only (never in an address;
 * cleared by quick exit and when the tab closes), until the message is sent.
 */
const KEY = 'helpline.mailboxDraft';

export const mailboxDraft = {
  get: (): string => {
    try {
      return sessionStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  },
  set: (text: string) => {
    try {
      sessionStorage.setItem(KEY, text);
    } catch {
      // Blocked storage: the visitor still has the text on the chat page to copy.
    }
  },
  clear: () => {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Nothing was kept.
    }
  },
};
