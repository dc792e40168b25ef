import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';
import { Id } from './common';
import { CounsellorStatus } from './supervisor';

/** Whom a chat can be handed to: the other staff of the programme, with their presence and load (no other data). */
export const ColleagueQuery = z.object({ programme: ProgrammeId });
export type ColleagueQuery = z.infer<typeof ColleagueQuery>;
export const Colleague = z.object({
  id: Id,
  alias: z.string(),
  status: CounsellorStatus,
  activeChats: z.number().int(),
  capacity: z.number().int(),
});
export type Colleague = z.infer<typeof Colleague>;
export const ColleagueList = z.array(Colleague);
export type ColleagueList = z.infer<typeof ColleagueList>;
