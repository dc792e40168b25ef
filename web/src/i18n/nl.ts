/** Dutch first: every text of the pages, in plain language (B1). */
export const nl = {
  langName: 'Nederlands',
  switchTo: 'English',
  quickExit: 'Snel weg',
  quickExitLabel: 'Snel weg: verlaat deze site meteen',
  landing: {
    title: 'Anoniem chatten met een hulplijn',
    intro:
      'Je hoeft niet te zeggen wie je bent. We slaan niets op waarmee iemand jou kan vinden. Kies de hulplijn die bij je past.',
  },
  state: {
    openUntil: (time: string) => `Nu open, tot ${time}`,
    closedUntil: (when: string) => `Gesloten. De chat is weer open ${when}`,
    closed: 'Gesloten',
  },
  time: { at: 'om', today: 'vandaag', tomorrow: 'morgen', locale: 'nl-NL' },
  staff: {
    loginTitle: 'Inloggen voor medewerkers',
    username: 'Gebruikersnaam',
    password: 'Wachtwoord',
    code: 'Code uit je authenticator-app (6 cijfers)',
    login: 'Inloggen',
    busy: 'Bezig…',
    failed: 'Inloggen lukt niet.',
    wrongLogin: 'Gebruikersnaam of wachtwoord klopt niet.',
    codeNeeded: 'Vul de code uit je authenticator-app in.',
    wrongCode: 'De code klopt niet of is al gebruikt. Wacht op de volgende code.',
    tooMany: 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.',
    enrolTitle: 'Tweede stap instellen',
    enrolIntro:
      'Scan de QR-code met je authenticator-app, of typ de sleutel over. Vul daarna de code in die de app toont.',
    qrLabel: 'QR-code voor je authenticator-app',
    secret: 'Sleutel',
    confirm: 'Bevestigen',
    signedInAs: (alias: string) => `Ingelogd als ${alias}`,
    logout: 'Uitloggen',
    workspaceTitle: 'Werkplek',
    supervisorTitle: 'Overzicht voor leidinggevenden',
    comingSoon: 'Hier komen de wachtrij en de gesprekken.',
    supervisorComingSoon: 'Hier komen wachtrijen, gemiste contacten en de jaarcijfers.',
  },
};

export type Dictionary = typeof nl;
