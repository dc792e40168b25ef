import { ConversationListQuery, Id } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import type { CaseService } from '../modules/cases/case.service';
import { type RequireStaff, staffOf } from './require-staff';

type Deps = { cases: CaseService; requireStaff: RequireStaff };

/** Case files of chats: lists, metadata, tags and a returning visitor's earlier conversations (the transcript is elsewhere). */
export const conversationRoutes = ({ cases, requireStaff }: Deps) => {
  const staff = requireStaff();
  return Router()
    .get('/api/conversations', staff, async (req, res) => {
      res.json(await cases.list(staffOf(res), parseInput(ConversationListQuery, req.query)));
    })
    .get('/api/conversations/:id', staff, async (req, res) => {
      res.json(await cases.detail(staffOf(res), parseInput(Id, req.params.id, 'id')));
    })
    .get('/api/conversations/:id/history', staff, async (req, res) => {
      res.json(await cases.history(staffOf(res), parseInput(Id, req.params.id, 'id')));
    })
    .put('/api/conversations/:id/tags', staff, async (req, res) => {
      res.json(await cases.setTags(staffOf(res), parseInput(Id, req.params.id, 'id'), req.body));
    });
};
