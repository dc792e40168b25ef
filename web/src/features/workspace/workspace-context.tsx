'use client';

import { usePathname, useRouter } from 'next/navigation';
import { type Locale, useTranslations } from 'next-intl';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { getPathname } from '~/i18n/navigation';
import type { Text } from '~/i18n/text';
import { type AlertPrefs, useAlertPrefs } from './alert-prefs';
import { type Drafts, sessionDrafts } from './drafts';
import { type Desk, useDesk } from './use-desk';
import { useDeskShortcuts } from './use-desk-shortcuts';
import { useTabTitle } from './use-tab-title';

type WorkspaceValue = {
  lang: Locale;
  t: Text<'workspace'>;
  desk: Desk;
  prefs: AlertPrefs;
  setPrefs: (patch: Partial<AlertPrefs>) => void;
  /** Shows the live desk (the chat in the middle), from any workspace page. */
  openDesk: () => void;
  drafts: Drafts;
};

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

/** Lives in the workspace layout, so the socket, the chats and the drafts stay while moving between its pages. */
export function WorkspaceProvider({ lang, children }: { lang: Locale; children: ReactNode }) {
  const t = useTranslations('workspace');
  const [prefs, setPrefs] = useAlertPrefs();
  const desk = useDesk(t, prefs);
  const router = useRouter();
  const pathname = usePathname();
  const deskPath = getPathname({ locale: lang, href: '/workspace' });
  const onDesk = pathname === deskPath;
  const openDesk = () => {
    if (!onDesk) router.push(deskPath);
  };
  useEffect(() => desk.actions.setDeskVisible(onDesk), [desk.actions, onDesk]);
  useTabTitle(desk.state, t, prefs.title);
  useDeskShortcuts(desk, openDesk);
  return (
    <WorkspaceContext.Provider value={{ lang, t, desk, prefs, setPrefs, openDesk, drafts: sessionDrafts }}>
      {children}
    </WorkspaceContext.Provider>
  );
}

export const useWorkspace = (): WorkspaceValue => {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside the workspace');
  return value;
};
