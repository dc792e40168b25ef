import type { ProgrammeId } from '@helpline/shared';
import type { cannedResponses } from './schema';

type Seeded = typeof cannedResponses.$inferInsert & { programmeId: ProgrammeId };

/** Fixed ids, so a seeded answer is inserted once and one a supervisor deleted stays deleted. */
const answer = (n: number, programmeId: ProgrammeId, language: 'nl' | 'en', title: string, body: string): Seeded => ({
  id: `5eed0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  programmeId,
  language,
  title,
  body,
  position: n,
});

export const seededCannedResponses: Seeded[] = [
  answer(1, 'helpwanted', 'nl', 'Welkom', 'Hoi, fijn dat je ons een bericht stuurt. Waar kan ik je mee helpen?'),
  answer(2, 'helpwanted', 'en', 'Welcome', 'Hi, good that you reached out. How can I help you?'),
  answer(
    3,
    'helpwanted',
    'nl',
    'Niet betalen',
    'Wordt je gechanteerd? Betaal niet en stuur geen nieuwe beelden. Stop het contact, maar bewaar de berichten als bewijs.',
  ),
  answer(
    4,
    'helpwanted',
    'en',
    'Do not pay',
    'Are you being blackmailed? Do not pay and do not send new images. Stop the contact, but keep the messages as evidence.',
  ),
  answer(
    5,
    'helpwanted',
    'nl',
    'Verwijderverzoek',
    'We kunnen samen kijken hoe je het platform vraagt de foto of video te verwijderen.',
  ),
  answer(6, 'stopitnow', 'nl', 'Welkom', 'Goed dat je contact opneemt. Je bent anoniem. Wat houdt je bezig?'),
  answer(7, 'stopitnow', 'en', 'Welcome', 'Good that you got in touch. You are anonymous. What is on your mind?'),
  answer(
    8,
    'stopitnow',
    'nl',
    'Belafspraak De Waag',
    'Als je wilt, plannen we een telefonische afspraak met een behandelaar van De Waag. Zij bellen je op het afgesproken moment.',
  ),
  answer(
    9,
    'stopitnow',
    'en',
    'Call with De Waag',
    'If you like, we can plan a phone call with a therapist of De Waag. They will call you at the agreed time.',
  ),
  answer(
    10,
    'stopitnow',
    'nl',
    'Zelfhulpmodule',
    'Op de website staat de anonieme zelfhulpmodule Stoppen is Mogelijk. Je kunt er in je eigen tempo mee aan de slag.',
  ),
];
