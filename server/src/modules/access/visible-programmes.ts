import { type ProgrammeId, programmeIds } from '@helpline/shared';
import { authorize, type StaffPrincipal } from './authorize';

/**
 * The programmes a list may cover: the one asked for (403 when it is not the asker's), else every programme for a
 * supervisor and their own for a counsellor.
 */
export const visibleProgrammes = (me: StaffPrincipal, requested?: ProgrammeId): ProgrammeId[] => {
  if (requested) {
    authorize(me, { programme: requested });
    return [requested];
  }
  return me.role === 'supervisor' ? [...programmeIds] : me.programmes;
};
