import type { ProgrammeId } from './programme';

export type Label = { nl: string; en: string };
export type Dimension = {
  /** Stable id used in the API, the database and exports. */
  id: string;
  label: Label;
  many?: boolean;
  /** Set by the system, never in a tags body. */
  setBySystem?: boolean;
  /** Only meaningful when another dimension has this value. */
  when?: { dimension: string; value: string };
  values: Record<string, Label>;
};

const v = (nl: string, en: string): Label => ({ nl, en });
const unknown = { unknown: v('onbekend', 'unknown') };

const gender: Dimension = {
  id: 'gender',
  label: v('Gender', 'Gender'),
  values: {
    male: v('man/jongen', 'male'),
    female: v('vrouw/meisje', 'female'),
    other: v('anders', 'other'),
    ...unknown,
  },
};

const channel: Dimension = {
  id: 'channel',
  label: v('Kanaal', 'Channel'),
  setBySystem: true,
  values: { chat: v('chat', 'chat'), phone: v('telefoon', 'phone'), email: v('e-mail', 'e-mail') },
};

const helpwanted: Dimension[] = [
  gender,
  channel,
  {
    id: 'contactRole',
    label: v('Wie nam contact op', 'Who contacted'),
    values: {
      self: v('slachtoffer zelf', 'victim'),
      parent: v('ouder', 'parent'),
      family: v('familie', 'family'),
      friend: v('vriend/kennis', 'friend'),
      teacher: v('docent', 'teacher'),
      'care-professional': v('hulpverlener', 'care professional'),
      other: v('anders', 'other'),
      ...unknown,
    },
  },
  {
    id: 'subjects',
    label: v('Waar gaat het over', 'What it is about'),
    many: true,
    values: {
      'approached-for-sex': v('online benaderd voor seks', 'approached online for sex'),
      'csam-concern': v('zorg over kijken naar misbruikmateriaal', 'concern about viewing abuse material'),
      'social-media-abuse': v('misbruik social media', 'social media abuse'),
      'image-spread-by-phone': v('foto via mobiel verspreid', 'image spread by phone'),
      'image-online': v('foto/video online', 'image or video online'),
      'threatened-blackmailed': v('bedreigd/gechanteerd', 'threatened or blackmailed'),
      'unsolicited-nude-received': v('naaktfoto gestuurd gekregen', 'unsolicited nude received'),
      'not-serious': v('niet serieus', 'not serious'),
      'insufficient-info': v('niet genoeg info', 'not enough information'),
      other: v('anders', 'other'),
    },
  },
  {
    id: 'sextortionType',
    label: v('Soort sextortion', 'Kind of sextortion'),
    when: { dimension: 'subjects', value: 'threatened-blackmailed' },
    values: {
      financial: v('financiële sextortion', 'financial'),
      sexual: v('meer beelden of seks', 'more images or sex'),
      other: v('anders (bv. meewerken aan criminaliteit)', 'other (e.g. crime)'),
      ...unknown,
    },
  },
  {
    id: 'platforms',
    label: v('Platforms', 'Platforms'),
    many: true,
    values: {
      snapchat: v('Snapchat', 'Snapchat'),
      instagram: v('Instagram', 'Instagram'),
      whatsapp: v('WhatsApp', 'WhatsApp'),
      telegram: v('Telegram', 'Telegram'),
      facebook: v('Facebook', 'Facebook'),
      tiktok: v('TikTok', 'TikTok'),
      discord: v('Discord', 'Discord'),
      grindr: v('Grindr', 'Grindr'),
      'porn-site': v('pornosite', 'porn site'),
      other: v('anders', 'other'),
      ...unknown,
    },
  },
  {
    id: 'ageBand',
    label: v('Leeftijd van de persoon om wie het gaat', 'Age of the person concerned'),
    values: {
      '0-11': v('0-11', '0-11'),
      '12-18': v('12-18', '12-18'),
      '19-25': v('19-25', '19-25'),
      '26+': v('26+', '26+'),
      ...unknown,
    },
  },
  {
    id: 'priorPoliceContact',
    label: v('Eerder contact met politie', 'Prior police contact'),
    values: { yes: v('ja', 'yes'), no: v('nee', 'no'), ...unknown },
  },
  {
    id: 'actions',
    label: v('Wat de hulplijn deed', 'What the helpline did'),
    many: true,
    values: {
      'advised-police-report': v('aangifte geadviseerd', 'advised a police report'),
      'takedown-requested': v('verwijderverzoek gedaan', 'takedown requested'),
      'referred-victim-support': v('doorverwezen Slachtofferhulp', 'referred to Victim Support'),
      'referred-other': v('anders doorverwezen', 'referred elsewhere'),
      'information-only': v('alleen informatie', 'information only'),
    },
  },
];

const stopitnow: Dimension[] = [
  gender,
  channel,
  {
    id: 'contactType',
    label: v('Wie nam contact op', 'Who contacted'),
    values: {
      'worried-about-self': v('bezorgd over zichzelf', 'worried about self'),
      'worried-about-other': v('bezorgd over een ander', 'worried about someone else'),
      professional: v('professional', 'professional'),
      'general-information': v('algemene vraag', 'general question'),
      'hung-up': v('opgehangen na contact', 'hung up'),
      'not-serious': v('niet serieus', 'not serious'),
      ...unknown,
    },
  },
  {
    id: 'concerns',
    label: v('Zorg over', 'Concern'),
    many: true,
    values: {
      viewer: v('kijker misbruikmateriaal', 'viewer of abuse material'),
      'potential-viewer': v('mogelijke kijker', 'potential viewer'),
      offender: v('pleger', 'offender'),
      'potential-offender': v('mogelijke pleger', 'potential offender'),
      'sexual-feelings-for-minors': v('seksuele gevoelens voor minderjarigen', 'sexual feelings for minors'),
      other: v('anders', 'other'),
    },
  },
  {
    id: 'relation',
    label: v('Relatie', 'Relation'),
    when: { dimension: 'contactType', value: 'worried-about-other' },
    values: {
      partner: v('partner', 'partner'),
      'ex-partner': v('ex-partner', 'ex-partner'),
      'son-daughter': v('zoon/dochter', 'son/daughter'),
      sibling: v('broer/zus', 'sibling'),
      parent: v('ouder', 'parent'),
      friend: v('vriend', 'friend'),
      colleague: v('collega', 'colleague'),
      other: v('anders', 'other'),
      ...unknown,
    },
  },
  {
    id: 'ageBand',
    label: v('Leeftijd van wie contact opnam', 'Age of the person contacting'),
    values: {
      'under-18': v('onder 18', 'under 18'),
      '18-25': v('18-25', '18-25'),
      '26-40': v('26-40', '26-40'),
      '41-60': v('41-60', '41-60'),
      '60+': v('60+', '60+'),
      ...unknown,
    },
  },
  {
    id: 'foundVia',
    label: v('Gevonden via', 'Found via'),
    values: {
      internet: v('internet', 'internet'),
      police: v('politie', 'police'),
      professional: v('professional', 'professional'),
      campaign: v('campagne', 'campaign'),
      helpwanted: v('Helpwanted', 'Helpwanted'),
      probation: v('reclassering', 'probation'),
      other: v('anders', 'other'),
      ...unknown,
    },
  },
  {
    id: 'actions',
    label: v('Wat de hulplijn deed', 'What the helpline did'),
    many: true,
    values: {
      'clinic-call-planned': v('belafspraak forensische polikliniek', 'clinic call planned'),
      'other-clinic-details': v('gegevens andere forensische polikliniek gegeven', 'other clinic details given'),
      'self-help-module': v('zelfhulpmodule Stoppen is Mogelijk', 'self-help module'),
      'peer-group': v('lotgenotengroep naasten', 'peer group for relatives'),
      'information-only': v('alleen informatie', 'information only'),
    },
  },
];

/** The case-tag taxonomy of TAXONOMY.md: a new value is a one-line change here. */
export const taxonomy: Record<ProgrammeId, Dimension[]> = { helpwanted, stopitnow };
