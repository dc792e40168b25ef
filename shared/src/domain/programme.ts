import { z } from 'zod';

export const ProgrammeId = z.enum(['helpwanted', 'stopitnow']);
export type ProgrammeId = z.infer<typeof ProgrammeId>;

export type ProgrammeInfo = {
  id: ProgrammeId;
  name: string;
  selfHelpUrl: string;
  timezone: string;
  /** The published phone line: as written for people, and for a tel: link. */
  phone: { display: string; tel: string };
};

/** Fixed facts per programme; hours and limits live in the database. */
export const programmes: Record<ProgrammeId, ProgrammeInfo> = {
  helpwanted: {
    id: 'helpwanted',
    name: 'Helpwanted',
    selfHelpUrl: 'https://www.helpwanted.nl',
    timezone: 'Europe/Amsterdam',
    phone: { display: '020-261 52 75', tel: '+31202615275' },
  },
  stopitnow: {
    id: 'stopitnow',
    name: 'Stop it Now',
    selfHelpUrl: 'https://stopitnow.nl',
    timezone: 'Europe/Amsterdam',
    phone: { display: '0800-266 64 36', tel: '+318002666436' },
  },
};

export const programmeIds = ProgrammeId.options;
export const DEFAULT_MAX_WAIT_MINUTES = 20;

/** Where quick exit goes unless HELPLINE_EXIT_URL says otherwise: a neutral search page. */
export const DEFAULT_EXIT_URL = 'https://www.google.nl/';
