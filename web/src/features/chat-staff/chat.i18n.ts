import { programmes } from '@helpline/shared/domain';
import type { SystemNotice } from '@helpline/shared/events';
import type { Lang } from '~/i18n';

const nl = {
  myChats: 'Mijn gesprekken',
  noChats: 'Nog geen gesprekken. Zet je status op Beschikbaar of neem iemand aan uit de wachtrij.',
  chatLabel: (programme: string, time: string) => `${programme}, sinds ${time}`,
  since: (time: string) => `Gesprek sinds ${time}`,
  unread: (n: number) => (n === 1 ? '1 ongelezen bericht' : `${n} ongelezen berichten`),
  needsTags: 'Afgelopen: tags invullen',
  ended: 'Het gesprek is afgelopen.',
  typing: 'Bezoeker typt…',
  noSelection: 'Kies links een gesprek, of neem iemand aan uit de wachtrij.',
  conversation: 'Gesprek',
  visitor: 'Bezoeker',
  you: 'Jij',
  system: 'Systeem',
  sending: 'Versturen…',
  failed: 'Niet verstuurd.',
  retry: 'Opnieuw versturen',
  composer: 'Bericht aan de bezoeker',
  composerHint: 'Enter verstuurt, Shift+Enter is een nieuwe regel.',
  send: 'Versturen',
  canned: 'Standaardteksten',
  cannedEmpty: 'Geen standaardteksten voor dit programma.',
  cannedFilter: 'Zoek een standaardtekst',
  endChat: 'Gesprek beëindigen',
  end: 'Beëindigen',
  endConfirm: 'Gesprek beëindigen? De bezoeker ziet dat het gesprek klaar is.',
  endWhileTyping: 'Let op: de bezoeker typt nu. Wacht even op het bericht, of beëindig toch.',
  cancel: 'Annuleren',
  confirmEnd: 'Ja, beëindigen',
  transfer: 'Overdragen',
  transferTitle: 'Gesprek overdragen',
  transferTo: 'Naar',
  toColleague: 'Een collega',
  toProgramme: (name: string) => `Het programma ${name} (wachtrij)`,
  colleague: 'Collega',
  colleagueId: 'Kies een collega',
  noColleagues: 'Er is nu geen collega van dit programma beschikbaar.',
  handover: 'Overdrachtsnotitie (de ontvanger leest dit eerst)',
  doTransfer: 'Overdragen',
  endedBy: {
    visitor: 'De bezoeker heeft het gesprek beëindigd.',
    counsellor: 'Je hebt het gesprek beëindigd.',
    system: 'Het gesprek is automatisch beëindigd.',
  },
  closeOutHint: 'Vul de tags in om het gesprek af te ronden.',
  quickExit: 'De bezoeker heeft snel weg gedrukt.',
  visitorGone: 'De bezoeker is weg',
  visitorGoneSince: (time: string) =>
    `sinds ${time}: venster gesloten of verbinding verbroken. Komt de bezoeker terug, dan zie je dat hier.`,
  visitorGoneShort: 'Bezoeker is weg',
  handoverFrom: (author: string) => `Overdrachtsnotitie van ${author}`,
  systemNotice: (notice: SystemNotice): string => {
    switch (notice.code) {
      case 'queue-timed-out':
        return 'De bezoeker wachtte te lang; het gesprek is gesloten.';
      case 'requeued':
        return 'De vorige medewerker viel weg; het gesprek ging terug naar de wachtrij.';
      case 'transferred-to-colleague':
        return `Overgedragen aan ${notice.params.alias}.`;
      case 'transferred-to-programme':
        return `Overgedragen naar ${programmes[notice.params.programme].name}.`;
      case 'counsellor-withdrawn':
        return 'De vorige medewerker doet dit programma niet meer; het gesprek ging terug naar de wachtrij.';
    }
  },
};

export type ChatText = typeof nl;

const en: ChatText = {
  myChats: 'My chats',
  noChats: 'No chats yet. Set your status to Available or accept someone from the queue.',
  chatLabel: (programme, time) => `${programme}, since ${time}`,
  since: (time) => `Chat since ${time}`,
  unread: (n) => (n === 1 ? '1 unread message' : `${n} unread messages`),
  needsTags: 'Ended: fill in tags',
  ended: 'The chat has ended.',
  typing: 'Visitor is typing…',
  noSelection: 'Pick a chat on the left, or accept someone from the queue.',
  conversation: 'Conversation',
  visitor: 'Visitor',
  you: 'You',
  system: 'System',
  sending: 'Sending…',
  failed: 'Not sent.',
  retry: 'Send again',
  composer: 'Message to the visitor',
  composerHint: 'Enter sends, Shift+Enter adds a line.',
  send: 'Send',
  canned: 'Canned responses',
  cannedEmpty: 'No canned responses for this programme.',
  cannedFilter: 'Search canned responses',
  endChat: 'End chat',
  end: 'End',
  endConfirm: 'End this chat? The visitor sees that it is over.',
  endWhileTyping: 'Careful: the visitor is typing now. Wait for their message, or end it anyway.',
  cancel: 'Cancel',
  confirmEnd: 'Yes, end it',
  transfer: 'Transfer',
  transferTitle: 'Transfer chat',
  transferTo: 'To',
  toColleague: 'A colleague',
  toProgramme: (name) => `The ${name} programme (queue)`,
  colleague: 'Colleague',
  colleagueId: 'Pick a colleague',
  noColleagues: 'No colleague of this programme is available now.',
  handover: 'Handover note (the receiver reads this first)',
  doTransfer: 'Transfer',
  endedBy: {
    visitor: 'The visitor ended the chat.',
    counsellor: 'You ended the chat.',
    system: 'The chat was ended automatically.',
  },
  closeOutHint: 'Fill in the tags to close out this chat.',
  quickExit: 'The visitor left with the quick exit.',
  visitorGone: 'The visitor has gone',
  visitorGoneSince: (time) =>
    `since ${time}: window closed or connection lost. If they come back, you will see it here.`,
  visitorGoneShort: 'Visitor has gone',
  handoverFrom: (author) => `Handover note from ${author}`,
  systemNotice: (notice) => {
    switch (notice.code) {
      case 'queue-timed-out':
        return 'The visitor waited too long; the chat was closed.';
      case 'requeued':
        return 'The previous counsellor dropped out; the chat went back to the queue.';
      case 'transferred-to-colleague':
        return `Transferred to ${notice.params.alias}.`;
      case 'transferred-to-programme':
        return `Transferred to ${programmes[notice.params.programme].name}.`;
      case 'counsellor-withdrawn':
        return 'The previous counsellor no longer serves this programme; the chat went back to the queue.';
    }
  },
};

export const chatText: Record<Lang, ChatText> = { nl, en };
