import type { Lang } from '~/i18n';
import { reportsEn } from './reports.en';
import { type ReportsText, reportsNl } from './reports.nl';

export type { ReportsText };
export const reportsText = (lang: Lang): ReportsText => (lang === 'nl' ? reportsNl : reportsEn);
