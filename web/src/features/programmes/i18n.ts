import type { Lang } from '~/i18n';

const nl = {
  call: 'Liever bellen?',
  selfHelp: 'Zelf verder lezen',
  chatLink: (name: string) => `Chatten met ${name}`,
  startsNow: 'Er is een medewerker vrij: je chat begint meteen.',
  nobodyAvailable: 'Er is nu niemand beschikbaar. Je kunt wel wachten, maar we weten niet hoe lang het duurt.',
  queue: (waiting: number, minutes: number) =>
    `${waiting === 1 ? '1 persoon wacht' : `${waiting} mensen wachten`}, wachttijd ongeveer ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}.`,
  needsScript:
    'Chatten werkt alleen met JavaScript aan. Staat JavaScript uit? Bel ons dan, of lees verder op onze site.',
  unreachable: 'We kunnen nu niet zien of de chat open is. Probeer het zo opnieuw, of bel ons.',
  helpwanted: {
    phoneNote: 'Je hoeft je naam niet te zeggen.',
    description:
      'Hulp bij online seksueel misbruik: sextortion, naaktfoto’s die rondgaan, of online benaderd worden voor seks.',
  },
  stopitnow: {
    phoneNote: 'Gratis en anoniem.',
    description:
      'Anonieme hulp als je je zorgen maakt over je eigen seksuele gevoelens voor kinderen, of over iemand dichtbij.',
  },
};

export type ProgrammesDictionary = typeof nl;

const en: ProgrammesDictionary = {
  call: 'Rather call?',
  selfHelp: 'Read more yourself',
  chatLink: (name) => `Chat with ${name}`,
  startsNow: 'A counsellor is free: your chat starts right away.',
  nobodyAvailable: 'Nobody is available right now. You can wait, but we cannot say how long it will take.',
  queue: (waiting, minutes) =>
    `${waiting === 1 ? '1 person waiting' : `${waiting} people waiting`}, waiting time about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  needsScript: 'Chatting only works with JavaScript on. Is JavaScript off? Call us, or read more on our site.',
  unreachable: 'We cannot see right now whether the chat is open. Try again shortly, or call us.',
  helpwanted: {
    phoneNote: 'You do not have to give your name.',
    description:
      'Help with online sexual abuse: sextortion, nude images being spread, or being approached online for sex.',
  },
  stopitnow: {
    phoneNote: 'Free and anonymous.',
    description:
      'Anonymous help if you worry about your own sexual feelings towards children, or about someone close to you.',
  },
};

export const programmesDictionary: Record<Lang, ProgrammesDictionary> = { nl, en };
