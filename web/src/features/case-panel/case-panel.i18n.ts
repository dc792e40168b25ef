import type { Lang } from '~/i18n';

const nl = {
  label: 'Dossier',
  tabs: { tags: 'Tags', notes: 'Notities', history: 'Eerder', referral: 'Verwijzing' },
  intake: 'Intake',
  noIntake: 'De bezoeker vulde geen intake in.',
  notes: {
    empty: 'Nog geen notities. Notities ziet de bezoeker nooit.',
    add: 'Notitie toevoegen',
    label: 'Interne notitie (de bezoeker ziet dit nooit)',
  },
  history: {
    notReturning: 'Geen eerdere gesprekken bekend van deze bezoeker.',
    empty: 'Geen eerdere gesprekken gevonden.',
    open: 'Transcript openen',
    by: (alias: string) => `met ${alias}`,
  },
  loading: 'Laden…',
  loadFailed: 'Laden lukte niet.',
};

export type CasePanelText = typeof nl;

const en: CasePanelText = {
  label: 'Case file',
  tabs: { tags: 'Tags', notes: 'Notes', history: 'Earlier', referral: 'Referral' },
  intake: 'Intake',
  noIntake: 'The visitor gave no intake answers.',
  notes: {
    empty: 'No notes yet. The visitor never sees notes.',
    add: 'Add note',
    label: 'Internal note (never shown to the visitor)',
  },
  history: {
    notReturning: 'No earlier conversations known for this visitor.',
    empty: 'No earlier conversations found.',
    open: 'Open transcript',
    by: (alias) => `with ${alias}`,
  },
  loading: 'Loading…',
  loadFailed: 'Loading did not work.',
};

export const casePanelText: Record<Lang, CasePanelText> = { nl, en };
