import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import adminEn from '../features/admin/messages/en.json';
import adminNl from '../features/admin/messages/nl.json';
import careEn from '../features/care/messages/en.json';
import careNl from '../features/care/messages/nl.json';
import casePanelEn from '../features/case-panel/messages/en.json';
import casePanelNl from '../features/case-panel/messages/nl.json';
import chatEn from '../features/chat/messages/en.json';
import chatNl from '../features/chat/messages/nl.json';
import chatStaffEn from '../features/chat-staff/messages/en.json';
import chatStaffNl from '../features/chat-staff/messages/nl.json';
import contactsEn from '../features/contacts/messages/en.json';
import contactsNl from '../features/contacts/messages/nl.json';
import historyEn from '../features/history/messages/en.json';
import historyNl from '../features/history/messages/nl.json';
import mailboxEn from '../features/mailbox/messages/en.json';
import mailboxNl from '../features/mailbox/messages/nl.json';
import mailboxDeskEn from '../features/mailbox-desk/messages/en.json';
import mailboxDeskNl from '../features/mailbox-desk/messages/nl.json';
import programmesEn from '../features/programmes/messages/en.json';
import programmesNl from '../features/programmes/messages/nl.json';
import queueEn from '../features/queue/messages/en.json';
import queueNl from '../features/queue/messages/nl.json';
import referralsEn from '../features/referrals/messages/en.json';
import referralsNl from '../features/referrals/messages/nl.json';
import reportsEn from '../features/reports/messages/en.json';
import reportsNl from '../features/reports/messages/nl.json';
import supervisorEn from '../features/supervisor/messages/en.json';
import supervisorNl from '../features/supervisor/messages/nl.json';
import tagsEn from '../features/tags/messages/en.json';
import tagsNl from '../features/tags/messages/nl.json';
import workspaceEn from '../features/workspace/messages/en.json';
import workspaceNl from '../features/workspace/messages/nl.json';
import errorsEn from './errors/messages/en.json';
import errorsNl from './errors/messages/nl.json';
import commonEn from './messages/en.json';
import commonNl from './messages/nl.json';
import { type Locale, routing } from './routing';

/** Each feature's messages under its own namespace: Dutch first, and the type every language must match. */
const nl = {
  admin: adminNl,
  care: careNl,
  casePanel: casePanelNl,
  chat: chatNl,
  chatStaff: chatStaffNl,
  common: commonNl,
  contacts: contactsNl,
  errors: errorsNl,
  history: historyNl,
  mailbox: mailboxNl,
  mailboxDesk: mailboxDeskNl,
  programmes: programmesNl,
  queue: queueNl,
  referrals: referralsNl,
  reports: reportsNl,
  supervisor: supervisorNl,
  tags: tagsNl,
  workspace: workspaceNl,
};
export type Messages = typeof nl;
export const messages: Record<Locale, Messages> = {
  nl,
  en: {
    admin: adminEn,
    care: careEn,
    casePanel: casePanelEn,
    chat: chatEn,
    chatStaff: chatStaffEn,
    common: commonEn,
    contacts: contactsEn,
    errors: errorsEn,
    history: historyEn,
    mailbox: mailboxEn,
    mailboxDesk: mailboxDeskEn,
    programmes: programmesEn,
    queue: queueEn,
    referrals: referralsEn,
    reports: reportsEn,
    supervisor: supervisorEn,
    tags: tagsEn,
    workspace: workspaceEn,
  },
};

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messages[locale], timeZone: 'Europe/Amsterdam' };
});
