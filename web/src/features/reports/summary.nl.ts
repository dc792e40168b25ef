/** Dutch texts of the yearly figures and the printable report. */
export const summaryNl = {
  heading: 'Jaarcijfers',
  printHeading: (programme: string, range: string) => `Jaarverslag ${programme}, ${range}`,
  csv: 'Download CSV (één regel per contact)',
  csvReferrals: 'Download CSV verwijzingen en enquêtes',
  csvHelp: 'Tijden in Nederlandse tijd. Beide bestanden zijn te koppelen via het contact-id. Geen berichttekst.',
  print: 'Afdrukbaar verslag',
  printNow: 'Afdrukken',
  back: 'Terug naar de jaarcijfers',
  contacts: 'Contacten',
  channels: { chat: 'Chat', phone: 'Telefoon', email: 'E-mail' },
  byChannel: 'Contacten per kanaal',
  byChannelSummary: (chat: number, phone: number, email: number) =>
    `${chat} chats, ${phone} ${phone === 1 ? 'telefoongesprek' : 'telefoongesprekken'} en ${email} ${email === 1 ? 'e-mail' : 'e-mails'}.`,
  chats: 'Chats',
  requested: 'Aangevraagd',
  answered: 'Beantwoord',
  missed: 'Gemist',
  chatFlow: 'Chats: aangevraagd, beantwoord en gemist',
  chatFlowSummary: (requested: number, answered: number, missed: number) =>
    `${requested} chats aangevraagd, ${answered} beantwoord, ${missed} gemist.`,
  uniqueVisitors: 'Unieke bezoekers',
  repeatRate: 'Nam vaker contact op',
  waits: 'Mediane wachttijd',
  p90: '90% wachtte korter dan',
  serviceLevel: 'Binnen 5 minuten beantwoord',
  tagsHeading: 'Onderwerpen en kenmerken',
  tagsIntro: 'Per kenmerk hoe vaak elke waarde is gekozen (bij meerdere keuzes telt elke keuze). Onbekend telt mee.',
  tagSummary: (label: string, top: string, n: number) => `${label}: het vaakst ${top} (${n}).`,
  noTags: 'Nog geen gegevens.',
  value: 'Waarde',
  sextortion: 'Financiële en andere sextortion',
  sextortionSummary: (financial: number, other: number) =>
    `${financial} keer financiële sextortion, ${other} keer een andere vorm.`,
  sextortionKinds: { financial: 'Financieel', other: 'Anders (meer beelden, seks of anders)', unknown: 'Onbekend' },
  funnel: 'Verwijzing naar de forensische polikliniek',
  funnelSummary: (planned: number, called: number, intends: number) =>
    `${planned} ${planned === 1 ? 'belafspraak' : 'belafspraken'} gepland, ${called} keer gebeld, ${intends} keer wil iemand in behandeling.`,
  funnelSteps: { planned: 'Belafspraak gepland', called: 'Gebeld', intendsTreatment: 'Wil in behandeling' },
  ofPrevious: (rate: string) => `${rate} van de stap ervoor`,
  noShow: 'Niet gebeld',
  cancelled: 'Geannuleerd',
  otherClinic: 'Gegevens andere polikliniek gegeven',
  survey: 'Tevredenheid na de chat',
  surveySummary: (responses: number) =>
    responses === 1 ? '1 bezoeker vulde de vragenlijst in.' : `${responses} bezoekers vulden de vragenlijst in.`,
  surveyRates: {
    satisfiedRate: 'Tevreden (4 of 5)',
    feltBetterRate: 'Voelde zich beter',
    wouldRecommendRate: 'Zou ons aanraden',
  },
  responses: 'Ingevulde vragenlijsten',
  rate: 'Percentage',
  previousShort: (value: string) => `vorige periode: ${value}`,
};

export type SummaryText = typeof summaryNl;
