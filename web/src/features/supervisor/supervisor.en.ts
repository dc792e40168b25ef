import type { SupervisorText } from './supervisor.nl';

export const supervisorEn: SupervisorText = {
  title: 'Supervisor',
  nav: {
    label: 'Supervisor sections',
    live: 'Now',
    missed: 'Missed contacts',
    reports: 'Yearly figures',
    admin: 'Administration',
  },
  programmes: { helpwanted: 'Helpwanted', stopitnow: 'Stop it Now' },
  live: {
    heading: 'Live overview',
    connected: 'Live: figures update as they change',
    disconnected: 'No live connection. Trying again…',
    open: 'Open',
    closed: 'Closed',
    waiting: 'Waiting',
    longestWait: 'Longest wait',
    activeChats: 'Active chats',
    answeredToday: 'Answered today',
    missedToday: 'Missed today',
    requestedToday: 'Requested today',
    missedSplit: (outside, abandoned, timedOut) =>
      `${outside} outside hours, ${abandoned} abandoned, ${timedOut} waited too long`,
    queueHeading: 'Queue',
    queueEmpty: 'Nobody is waiting right now.',
    waitingSince: 'Waiting for',
    intake: 'Intake',
    returning: 'Returning',
    yes: 'yes',
    no: 'no',
    staffHeading: 'Staff',
    staffEmpty: 'Nobody is online right now.',
    alias: 'Name',
    status: 'Status',
    load: 'Chats / capacity',
    statuses: { available: 'available', away: 'away', offline: 'offline' },
    chatsHeading: 'Ongoing conversations',
    chatsEmpty: 'No conversations are going on right now.',
    chatsUnavailable: 'The list of ongoing conversations is not available yet.',
    programme: 'Helpline',
    counsellor: 'Counsellor',
    startedAt: 'Started',
    monitor: 'Monitor',
    monitorLabel: (programme, time) => `Monitor the conversation started at ${time} (${programme})`,
    loadFailed: 'The figures cannot be loaded right now.',
  },
  monitor: {
    heading: 'Monitoring',
    notice:
      'You are watching without the visitor or the counsellor seeing it. You cannot send anything here. This is recorded in the audit log.',
    back: 'Back to the overview',
    loading: 'Loading the conversation…',
    failed: 'Monitoring failed: the conversation does not exist or you have no access to it.',
    ended: 'This conversation has ended.',
    transcript: 'Conversation',
    notesHeading: 'Internal notes',
    senders: { visitor: 'Visitor', counsellor: 'Counsellor', system: 'System' },
    empty: 'No messages yet.',
  },
  duration: (seconds) => {
    const m = Math.floor(seconds / 60);
    const s = Math.max(0, Math.round(seconds % 60));
    return m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
  },
  locale: 'en-GB',
};
