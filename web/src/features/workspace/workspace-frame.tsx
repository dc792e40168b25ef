'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { StaffUserMenu } from '~/components/staff-user-menu';
import { getPathname } from '~/i18n/navigation';
import { BreakBanner } from '../care/break-banner';
import { MyChatsList } from '../chat-staff/my-chats-list';
import { MailboxQueue } from '../mailbox-desk/mailbox-queue';
import { PresenceSwitch } from '../queue/presence-switch';
import { QueueList } from '../queue/queue-list';
import { AlertSettings, ShortcutHelp } from './alert-settings';
import { useWorkspace } from './workspace-context';

const SECTIONS = ['desk', 'mailbox', 'history', 'referrals', 'contact'] as const;
const PATHS = {
  desk: '/workspace',
  mailbox: '/workspace/mailbox',
  history: '/workspace/history',
  referrals: '/workspace/referrals',
  contact: '/workspace/contact',
};

/** The mailbox's threads are pages of their own under the mailbox. */
const isHere = (here: string, section: (typeof SECTIONS)[number]) =>
  here === PATHS[section] || (section === 'mailbox' && here.startsWith(`${PATHS.mailbox}/`));

/** Header, left column (queue and my chats) and the current workspace page beside it, filling the window. */
export function WorkspaceFrame({ children }: { children: ReactNode }) {
  const { lang, t, desk } = useWorkspace();
  const pathname = usePathname();
  const here = pathname.replace(/^\/en/, '') || '/';
  const { connection } = desk.state;
  const notice = desk.notice;
  return (
    <div className="flex h-dvh flex-col bg-neutral-50 text-[15px]">
      <header className="flex items-center gap-4 border-b border-neutral-300 bg-white px-3 py-1.5">
        <h1 className="text-base font-bold">{t('title')}</h1>
        <nav aria-label={t('navLabel')}>
          <ul className="flex gap-1">
            {SECTIONS.map((section) => (
              <li key={section}>
                <Link
                  href={getPathname({ locale: lang, href: PATHS[section] })}
                  aria-current={isHere(here, section) ? 'page' : undefined}
                  className="whitespace-nowrap rounded-md px-2 py-1 text-sm hover:bg-neutral-100 aria-[current=page]:bg-neutral-200 aria-[current=page]:font-semibold"
                >
                  {t(`nav.${section}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2 whitespace-nowrap">
          <AlertSettings />
          <ShortcutHelp />
          <StaffUserMenu lang={lang} path={PATHS.desk} compact />
        </div>
      </header>
      <div aria-live="polite" className="empty:hidden">
        {notice && (
          <p
            data-testid="notice"
            className={`flex items-center gap-3 px-3 py-1.5 text-sm ${
              notice.tone === 'error' ? 'bg-red-50 text-red-900' : 'bg-blue-50 text-blue-900'
            }`}
          >
            {notice.text}
            <button type="button" className="ml-auto underline" onClick={desk.actions.dismissNotice}>
              OK
            </button>
          </p>
        )}
      </div>
      <BreakBanner socket={desk.socket} />
      <div className="flex min-h-0 flex-1">
        <aside className="flex w-72 shrink-0 flex-col border-r border-neutral-300 bg-white" aria-label={t('nav.desk')}>
          <section aria-label={t('presence.label')} className="grid gap-1 border-b border-neutral-300 px-3 py-2">
            <PresenceSwitch />
            <span
              role="status"
              data-testid="connection"
              className={`text-xs ${connection === 'offline' ? 'font-semibold text-red-800' : 'text-neutral-700'}`}
            >
              {t(`connection.${connection}`)}
            </span>
          </section>
          <QueueList />
          <MailboxQueue />
          <MyChatsList />
        </aside>
        <div className="flex min-w-0 flex-1">{children}</div>
      </div>
    </div>
  );
}
