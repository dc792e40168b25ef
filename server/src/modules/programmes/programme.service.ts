import {
  type HoursToday,
  openState,
  type ProgrammeHours,
  type ProgrammeId,
  programmes as programmeInfo,
  todayChange,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { ProgrammeRepo } from './programme.repo';

type Deps = { repo: ProgrammeRepo; clock: Clock };

/** Programmes, their opening hours and their live open/closed state. */
export const createProgrammeService = ({ repo, clock }: Deps) => {
  const hoursOf = async (id: ProgrammeId): Promise<ProgrammeHours> => {
    const hours = await repo.findHours(id);
    if (!hours) throw new AppError('NOT_FOUND', `Unknown programme ${id}`);
    return hours;
  };

  const stateOf = async (id: ProgrammeId, at = clock.now()) => {
    const state = openState(await hoursOf(id), at);
    return {
      open: state.open,
      opensAt: state.opensAt?.toISOString() ?? null,
      closesAt: state.closesAt?.toISOString() ?? null,
    };
  };

  return {
    hoursOf,
    stateOf,
    /** Days after a conversation ends until its transcript is shredded. */
    retentionDaysOf: async (id: ProgrammeId) => {
      const days = await repo.retentionDaysOf(id);
      if (days === null) throw new AppError('NOT_FOUND', `Unknown programme ${id}`);
      return days;
    },
    replaceHours: (id: ProgrammeId, hours: ProgrammeHours) => repo.replaceHours(id, hours),
    /** "Open now until ..." or "... longer today": today's dated exception, set like any change of the hours. */
    changeToday: async (id: ProgrammeId, change: HoursToday) => {
      const at = clock.now();
      const hours = await hoursOf(id);
      const result = todayChange(hours, at, change);
      if (!result.ok) throw new AppError('INVALID_INPUT', `${result.field} ${result.reason}`, { field: result.field });
      const { exception } = result;
      await repo.replaceHours(id, {
        ...hours,
        exceptions: [...hours.exceptions.filter((e) => e.date !== exception.date), exception],
      });
      return { exception, ...(await stateOf(id, at)) };
    },
    /** The public list: live state and queue figures for every programme. */
    listStates: async (
      queueStats: (
        id: ProgrammeId,
      ) => Promise<{ waiting: number; estimatedWaitSeconds: number; counsellorsAvailable: number }>,
    ) => {
      const at = clock.now();
      return Promise.all(
        Object.values(programmeInfo).map(async (info) => ({
          id: info.id,
          name: info.name,
          ...(await stateOf(info.id, at)),
          ...(await queueStats(info.id)),
          selfHelpUrl: info.selfHelpUrl,
        })),
      );
    },
  };
};

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
