import type { Lang } from '~/i18n';

const nl = {
  title: 'Contact vastleggen',
  intro:
    'Leg een telefoon- of e-mailcontact vast, zodat de jaarcijfers elk kanaal tellen. Geen namen of gegevens van de persoon.',
  programme: 'Programma',
  channel: 'Kanaal',
  channels: { phone: 'Telefoon', email: 'E-mail' },
  occurredAt: 'Wanneer',
  duration: 'Duur in minuten',
  submit: 'Contact vastleggen',
  logged: 'Contact vastgelegd. Je ziet het terug in de geschiedenis.',
  failed: (message: string) => `Vastleggen lukte niet: ${message}`,
  referral: {
    legend: 'Verwijzing (forensische polikliniek)',
    kinds: {
      none: 'Geen',
      'call-appointment': 'Belafspraak plannen',
      'other-clinic-details': 'Gegevens andere polikliniek gegeven',
    },
    whenRequired: 'Kies de datum en tijd van de belafspraak (bij Verwijzing).',
    actionWithout: 'Je hebt een verwijzing aangevinkt bij Acties: kies die ook bij Verwijzing, met de polikliniek.',
    failedAfterLog: (message: string) => `Het contact is vastgelegd, de verwijzing niet: ${message}`,
  },
};

export type ContactsText = typeof nl;

const en: ContactsText = {
  title: 'Log a contact',
  intro: 'Log a phone or e-mail contact, so the yearly figures count every channel. No names or details of the person.',
  programme: 'Programme',
  channel: 'Channel',
  channels: { phone: 'Phone', email: 'E-mail' },
  occurredAt: 'When',
  duration: 'Duration in minutes',
  submit: 'Log contact',
  logged: 'Contact logged. You will find it in the history.',
  failed: (message) => `Logging did not work: ${message}`,
  referral: {
    legend: 'Referral (forensic clinic)',
    kinds: {
      none: 'None',
      'call-appointment': 'Plan a call appointment',
      'other-clinic-details': 'Gave another clinic’s details',
    },
    whenRequired: 'Choose the date and time of the call appointment (under Referral).',
    actionWithout: 'You ticked a referral under Actions: choose it under Referral too, with the clinic.',
    failedAfterLog: (message: string) => `The contact was logged, the referral was not: ${message}`,
  },
};

export const contactsText: Record<Lang, ContactsText> = { nl, en };
