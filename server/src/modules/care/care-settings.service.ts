import { type CareSettings, careUpdateSchemaFor, type ProgrammeId } from '@helpline/shared';
import { AppError, parseInput } from '../../errors';
import type { Actor, AuditService } from '../audit/audit.service';
import type { CareRepo } from './care.repo';

type Deps = { repo: Pick<CareRepo, 'settings' | 'saveSettings'>; audit: Pick<AuditService, 'record'> };

/** Per programme: how long a stretch of chat time runs before a break is suggested, and which chats are heavy. */
export const createCareSettingsService = ({ repo, audit }: Deps) => {
  const settings = async (): Promise<CareSettings[]> => repo.settings();
  return {
    settings,
    /** Checked against the programme's taxonomy (INVALID_INPUT naming the field), stored, audited with what changed. */
    set: async (actor: Actor, programme: ProgrammeId, body: unknown): Promise<CareSettings> => {
      const { stretchMinutes, heavyTags } = parseInput(careUpdateSchemaFor(programme), body);
      const chosen = Object.fromEntries(
        Object.entries(heavyTags).filter((e): e is [string, string[]] => e[1] !== undefined && e[1].length > 0),
      );
      if (!(await repo.saveSettings(programme, stretchMinutes, chosen)))
        throw new AppError('NOT_FOUND', `Unknown programme ${programme}`);
      await audit.record(
        actor,
        'care.updated',
        { type: 'programme', id: programme },
        { stretchMinutes, heavyTags: chosen },
      );
      const saved = (await settings()).find((s) => s.programme === programme);
      if (!saved) throw new AppError('NOT_FOUND', `Unknown programme ${programme}`);
      return saved;
    },
  };
};

export type CareSettingsService = ReturnType<typeof createCareSettingsService>;
