/** Dutch texts of the supervisor's shell, live overview and monitoring. */
export const supervisorNl = {
  title: 'Leidinggevende',
  nav: {
    label: 'Onderdelen voor leidinggevenden',
    live: 'Nu',
    missed: 'Gemiste contacten',
    reports: 'Jaarcijfers',
    admin: 'Beheer',
  },
  programmes: { helpwanted: 'Helpwanted', stopitnow: 'Stop it Now' },
  live: {
    heading: 'Live overzicht',
    connected: 'Live: cijfers worden direct bijgewerkt',
    disconnected: 'Geen live verbinding. We proberen het opnieuw…',
    open: 'Open',
    closed: 'Gesloten',
    waiting: 'Wachtend',
    longestWait: 'Langste wachttijd',
    activeChats: 'Actieve chats',
    answeredToday: 'Beantwoord vandaag',
    missedToday: 'Gemist vandaag',
    requestedToday: 'Aangevraagd vandaag',
    missedSplit: (outside: number, abandoned: number, timedOut: number) =>
      `${outside} buiten openingstijd, ${abandoned} afgehaakt, ${timedOut} te lang gewacht`,
    queueHeading: 'Wachtrij',
    queueEmpty: 'Niemand wacht op dit moment.',
    waitingSince: 'Wacht al',
    intake: 'Intake',
    returning: 'Komt terug',
    yes: 'ja',
    no: 'nee',
    staffHeading: 'Medewerkers',
    staffEmpty: 'Er is nu niemand online.',
    alias: 'Naam',
    status: 'Status',
    load: 'Chats / capaciteit',
    statuses: { available: 'beschikbaar', away: 'afwezig', offline: 'offline' },
    chatsHeading: 'Lopende gesprekken',
    chatsEmpty: 'Er lopen nu geen gesprekken.',
    chatsUnavailable: 'De lijst met lopende gesprekken is nog niet beschikbaar.',
    programme: 'Hulplijn',
    counsellor: 'Medewerker',
    startedAt: 'Begonnen',
    monitor: 'Meekijken',
    monitorLabel: (programme: string, time: string) => `Meekijken met het gesprek van ${time} (${programme})`,
    loadFailed: 'De cijfers zijn nu niet op te halen.',
  },
  monitor: {
    heading: 'Meekijken',
    notice:
      'Je kijkt mee zonder dat de bezoeker of de medewerker het ziet. Je kunt hier niets sturen. Dit meekijken staat in het auditlog.',
    back: 'Terug naar het overzicht',
    loading: 'Gesprek laden…',
    failed: 'Meekijken lukt niet: het gesprek bestaat niet of je hebt er geen toegang toe.',
    ended: 'Dit gesprek is beëindigd.',
    transcript: 'Gesprek',
    notesHeading: 'Interne notities',
    senders: { visitor: 'Bezoeker', counsellor: 'Medewerker', system: 'Systeem' },
    empty: 'Nog geen berichten.',
  },
  duration: (seconds: number) => {
    const m = Math.floor(seconds / 60);
    const s = Math.max(0, Math.round(seconds % 60));
    return m >= 60 ? `${Math.floor(m / 60)} u ${m % 60} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
  },
  locale: 'nl-NL',
};

export type SupervisorText = typeof supervisorNl;
