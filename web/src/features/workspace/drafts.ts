/**
 * Unsent text per chat, in this tab's sessionStorage: it survives a reload (nothing lost) and goes with the tab.
 * Only the counsellor's own words, never anything the visitor wrote.
 */
export type Drafts = {
  get: (chatId: string) => string;
  set: (chatId: string, text: string) => void;
  delete: (chatId: string) => void;
};

const key = (chatId: string) => `helpline.workspace.draft.${chatId}`;

export const sessionDrafts: Drafts = {
  get: (chatId) => sessionStorage.getItem(key(chatId)) ?? '',
  set: (chatId, text) => (text ? sessionStorage.setItem(key(chatId), text) : sessionStorage.removeItem(key(chatId))),
  delete: (chatId) => sessionStorage.removeItem(key(chatId)),
};
