import type { Lang } from '~/i18n';
import { supervisorEn } from './supervisor.en';
import { type SupervisorText, supervisorNl } from './supervisor.nl';

export type { SupervisorText };
export const supervisorText = (lang: Lang): SupervisorText => (lang === 'nl' ? supervisorNl : supervisorEn);
