import type { Lang } from '~/i18n';

const nl = {
  title: 'Werkplek',
  nav: { desk: 'Gesprekken', history: 'Geschiedenis', referrals: 'Verwijzingen', contact: 'Contact vastleggen' },
  navLabel: 'Werkplek-onderdelen',
  presence: { label: 'Status', available: 'Beschikbaar', away: 'Even weg', offline: 'Offline' },
  capacity: (active: number, capacity: number) => `${active} van ${capacity} gesprekken`,
  capacityLabel: 'Bezetting',
  connection: { connecting: 'Verbinden…', online: 'Verbonden', offline: 'Verbinding weg, we proberen het opnieuw…' },
  alerts: {
    label: 'Meldingen',
    sound: 'Geluid bij nieuw gesprek',
    title: 'Tabtitel bij nieuw gesprek',
    desktop: 'Bureaubladmelding (zonder berichttekst)',
    desktopDenied: 'De browser staat bureaubladmeldingen niet toe.',
  },
  newChatTitle: 'Nieuw gesprek',
  unreadTitle: (n: number) => `(${n})`,
  notifyTitle: 'Nieuw gesprek toegewezen',
  notifyBody: (programme: string) => `Een gesprek voor ${programme} wacht op je.`,
  notices: {
    taken: 'Een collega heeft dit gesprek net aangenomen. Kies een ander gesprek uit de wachtrij.',
    acceptFailed: 'Aannemen lukte niet. Probeer het opnieuw.',
    transferred: 'Gesprek overgedragen.',
    handedOver: 'Er is een gesprek aan jou overgedragen. Het staat gemarkeerd in Mijn gesprekken.',
    requeued: 'Een gesprek ging terug naar de wachtrij omdat je verbinding weg was.',
    failed: 'Dat lukte niet. Probeer het opnieuw.',
    restoreFailed: 'Je open gesprekken konden niet worden opgehaald. Herlaad de pagina.',
  },
  shortcuts: {
    label: 'Sneltoetsen',
    accept: 'Alt+A: oudste wachtende aannemen',
    next: 'Alt+↓ / Alt+↑: volgend / vorig gesprek',
    composer: 'Alt+M: naar het berichtveld',
    tags: 'Alt+T: naar de tags',
    end: 'Alt+E: gesprek beëindigen',
    send: 'Enter: versturen, Shift+Enter: nieuwe regel',
  },
};

export type WorkspaceText = typeof nl;

const en: WorkspaceText = {
  title: 'Workspace',
  nav: { desk: 'Conversations', history: 'History', referrals: 'Referrals', contact: 'Log a contact' },
  navLabel: 'Workspace sections',
  presence: { label: 'Status', available: 'Available', away: 'Away', offline: 'Offline' },
  capacity: (active, capacity) => `${active} of ${capacity} chats`,
  capacityLabel: 'Load',
  connection: { connecting: 'Connecting…', online: 'Connected', offline: 'Connection lost, trying again…' },
  alerts: {
    label: 'Alerts',
    sound: 'Sound for a new chat',
    title: 'Tab title for a new chat',
    desktop: 'Desktop notification (no message text)',
    desktopDenied: 'The browser does not allow desktop notifications.',
  },
  newChatTitle: 'New chat',
  unreadTitle: (n) => `(${n})`,
  notifyTitle: 'New chat assigned',
  notifyBody: (programme) => `A ${programme} chat is waiting for you.`,
  notices: {
    taken: 'A colleague just took this chat. Pick another one from the queue.',
    acceptFailed: 'Accepting did not work. Try again.',
    transferred: 'Chat transferred.',
    handedOver: 'A chat was handed over to you. It is marked in My chats.',
    requeued: 'A chat went back to the queue because your connection was lost.',
    failed: 'That did not work. Try again.',
    restoreFailed: 'Your open chats could not be loaded. Reload the page.',
  },
  shortcuts: {
    label: 'Shortcuts',
    accept: 'Alt+A: accept the longest waiting',
    next: 'Alt+↓ / Alt+↑: next / previous chat',
    composer: 'Alt+M: to the message box',
    tags: 'Alt+T: to the tags',
    end: 'Alt+E: end the chat',
    send: 'Enter: send, Shift+Enter: new line',
  },
};

export const workspaceText: Record<Lang, WorkspaceText> = { nl, en };
