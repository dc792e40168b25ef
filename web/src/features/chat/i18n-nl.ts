import type { SystemCode } from '@helpline/shared/events';

type SystemTexts = Record<SystemCode, (params: Record<string, string | number>) => string> &
  Partial<Record<string, (params: Record<string, string | number>) => string>>;

/** The chat's words, Dutch first (B1: short sentences, no jargon). */
export const nl = {
  noticeTitle: 'Voordat je begint',
  notice: {
    helpwanted: [
      'Je chat anoniem. Je hoeft niet te zeggen wie je bent.',
      'We bewaren niets waarmee iemand jou kan vinden. Sluit je dit venster, dan is het gesprek hier weg.',
      'Stuur geen foto’s of video’s, ook niet van jezelf. Dat kan hier ook niet.',
    ],
    stopitnow: [
      'Wat anoniem blijft: we vragen niet wie je bent en zien niet waar je vandaan komt. We bewaren niets waarmee iemand jou kan vinden. We doen geen melding bij de politie.',
      'Waar de grens ligt: noem geen namen, adressen of andere dingen waarmee jij of een ander te herkennen is. Is een kind nu in gevaar? Bel dan 112.',
      'Stuur geen foto’s, video’s of bestanden. Dat kan hier ook niet.',
    ],
  },
  acknowledge: 'Ik begrijp het',
  intakeTitle: 'Een paar vragen',
  intakeIntro: 'Dit helpt de medewerker. Niets is verplicht: je mag alles overslaan.',
  ageLabel: { helpwanted: 'Hoe oud is de persoon om wie het gaat?', stopitnow: 'Hoe oud ben je?' },
  ageNone: 'Zeg ik liever niet',
  aboutLabel: 'Gaat het over jezelf of over iemand anders?',
  aboutSelf: 'Over mezelf',
  aboutOther: 'Over iemand anders',
  returnCodeLabel: 'Terugkomcode (als je die hebt)',
  returnCodeHint: 'Zo ziet de medewerker dat je eerder contact had, zonder te weten wie je bent.',
  start: 'Start de chat',
  skip: 'Overslaan en meteen chatten',
  closedTitle: 'De chat is nu gesloten',
  closedWhen: (when: string) => `De chat is weer open ${when}.`,
  joining: 'Even verbinden…',
  waitingTitle: 'Je staat in de wachtrij',
  position: (n: number) => `Je bent nummer ${n} in de wachtrij.`,
  startsNow: 'Je bent zo aan de beurt.',
  minutes: (m: number) => `Dat duurt ongeveer ${m} ${m === 1 ? 'minuut' : 'minuten'}.`,
  nobodyAvailable: 'Er is nu niemand beschikbaar. We kunnen niet zeggen hoe lang het duurt.',
  waitingHint: 'Laat dit venster open. Hier zie je wanneer een medewerker er is.',
  leaveQueue: 'Stoppen met wachten',
  started: (alias: string) => `${alias} is er voor je. Schrijf maar wat je kwijt wilt.`,
  counsellor: 'Medewerker',
  you: 'Jij',
  typing: (alias: string) => `${alias} typt…`,
  conversationLabel: 'Gesprek',
  composerLabel: 'Je bericht',
  noImages: 'Alleen tekst: stuur geen foto’s of video’s.',
  send: 'Verstuur',
  sending: 'Wordt verzonden…',
  sent: 'Verzonden',
  failed: 'Niet verzonden.',
  retry: 'Opnieuw proberen',
  reconnecting: 'Verbinding weg, we proberen het opnieuw…',
  endChat: 'Gesprek stoppen',
  endConfirm: 'Wil je het gesprek echt stoppen?',
  endYes: 'Ja, stoppen',
  endNo: 'Nee, doorgaan',
  ended: {
    visitor: 'Je hebt het gesprek gestopt.',
    counsellor: 'De medewerker heeft het gesprek afgesloten.',
    system: 'Het gesprek is afgesloten.',
    abandoned: 'Je bent gestopt met wachten.',
    timedOut: 'Het is nu te druk. Sorry dat je zo lang moest wachten. Probeer het later nog eens.',
  },
  surveyTitle: 'Wil je iets terugzeggen?',
  surveyIntro: 'Niet verplicht. Je antwoord is anoniem.',
  ratingLabel: 'Hoe vond je het gesprek?',
  ratings: ['1, slecht', '2', '3', '4', '5, heel goed'],
  ratingMissing: 'Kies eerst een cijfer.',
  feltBetterLabel: 'Voel je je nu beter dan voor het gesprek?',
  recommendLabel: 'Zou je deze chat aanraden aan iemand anders?',
  yes: 'Ja',
  no: 'Nee',
  surveySend: 'Verstuur',
  surveyThanks: 'Bedankt voor je antwoord.',
  returnTitle: 'Later nog eens chatten?',
  returnIntro:
    'Met een terugkomcode ziet de medewerker dat je eerder contact had. Niemand weet dan wie je bent. Je vult de code in als je weer begint.',
  returnCreate: 'Maak een terugkomcode',
  returnShown: 'Je terugkomcode:',
  returnOnce: 'Schrijf hem op. Je ziet hem maar één keer.',
  newChat: 'Nieuw gesprek beginnen',
  otherOpen: (name: string) => `Je hebt nog een gesprek open bij ${name}.`,
  otherOpenLink: 'Ga naar dat gesprek',
  error: 'Er ging iets mis. Probeer het opnieuw.',
  conflict: 'Je hebt al een gesprek open in dit venster.',
  rateLimited: 'Even rustig aan. Probeer het zo opnieuw.',
  badReturnCode: 'Deze code klopt niet. Hij ziet eruit als ABCD-EFGH-JKMN.',
  /** System messages by their code (shared SystemCode); a code the page does not know shows the server's text. */
  system: {
    'queue-timed-out': () =>
      'Het is nu te druk om je te helpen. Sorry dat je zo lang hebt gewacht. Probeer het later nog eens.',
    requeued: () => 'Je medewerker is even weg. Je staat vooraan in de wachtrij voor een collega.',
    'transferred-to-colleague': (p) =>
      `Je wordt doorverbonden met ${p.alias ?? 'een collega'}. Je gesprek blijft bewaard.`,
    'transferred-to-programme': () => 'Je wordt doorverbonden met een collega. Je gesprek blijft bewaard.',
    'counsellor-withdrawn': () =>
      'Je medewerker kan dit gesprek niet voortzetten. Je staat vooraan in de wachtrij voor een collega.',
  } satisfies SystemTexts as SystemTexts,
};

export type ChatDictionary = typeof nl;
