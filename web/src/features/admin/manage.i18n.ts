import type { Lang } from '~/i18n';
import { manageEn } from './manage.en';
import { type ManageText, manageNl } from './manage.nl';

export type { ManageText };
export const manageText = (lang: Lang): ManageText => (lang === 'nl' ? manageNl : manageEn);
