import type { Lang } from '~/i18n';
import { summaryEn } from './summary.en';
import { type SummaryText, summaryNl } from './summary.nl';

export type { SummaryText };
export const summaryText = (lang: Lang): SummaryText => (lang === 'nl' ? summaryNl : summaryEn);
