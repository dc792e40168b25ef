import type { Lang } from '~/i18n';
import { adminEn } from './admin.en';
import { type AdminText, adminNl } from './admin.nl';

export type { AdminText };
export const adminText = (lang: Lang): AdminText => (lang === 'nl' ? adminNl : adminEn);
