import type { Lang } from '~/i18n';

const nl = {
  title: 'Verwijzingen',
  panelTitle: 'Verwijzing naar een forensische polikliniek',
  plan: 'Belafspraak plannen',
  clinic: 'Polikliniek',
  when: 'Datum en tijd van de belafspraak',
  save: 'Afspraak plannen',
  otherClinic: 'Gegevens andere polikliniek gegeven',
  otherClinicDone: 'Gegevens van een andere polikliniek gegeven',
  statuses: { planned: 'gepland', called: 'gebeld', 'no-show': 'niet gebeld', cancelled: 'geannuleerd' },
  mark: { called: 'Gebeld', 'no-show': 'Niet gebeld', cancelled: 'Geannuleerd' },
  intends: 'Wil in behandeling',
  intendsValues: { yes: 'ja', no: 'nee', unknown: 'onbekend' },
  overdue: 'te laat',
  none: 'Nog geen verwijzing bij dit gesprek.',
  upcoming: 'Komende belafspraken',
  overdueList: 'Verlopen belafspraken, nog niet afgehandeld',
  done: 'Afgehandeld',
  noneListed: 'Geen.',
  failed: (message: string) => `Dat lukte niet: ${message}`,
  whenRequired: 'Kies een datum en tijd.',
};

export type ReferralsText = typeof nl;

const en: ReferralsText = {
  title: 'Referrals',
  panelTitle: 'Referral to a forensic clinic',
  plan: 'Plan a call appointment',
  clinic: 'Clinic',
  when: 'Date and time of the call',
  save: 'Plan appointment',
  otherClinic: 'Another clinic’s details given',
  otherClinicDone: 'Another clinic’s details were given',
  statuses: { planned: 'planned', called: 'called', 'no-show': 'did not call', cancelled: 'cancelled' },
  mark: { called: 'Called', 'no-show': 'Did not call', cancelled: 'Cancelled' },
  intends: 'Intends to start treatment',
  intendsValues: { yes: 'yes', no: 'no', unknown: 'unknown' },
  overdue: 'overdue',
  none: 'No referral for this chat yet.',
  upcoming: 'Upcoming call appointments',
  overdueList: 'Overdue call appointments, not yet followed up',
  done: 'Followed up',
  noneListed: 'None.',
  failed: (message) => `That did not work: ${message}`,
  whenRequired: 'Choose a date and time.',
};

export const referralsText: Record<Lang, ReferralsText> = { nl, en };
