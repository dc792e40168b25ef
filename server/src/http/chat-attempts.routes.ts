import { ProgrammeId } from '@helpline/shared';
import express, { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../errors';
import type { ClosedAttempts } from '../modules/queue/closed-attempts';

/** The form on a closed programme's chat page, posted without JavaScript. */
export const ClosedAttemptForm = z.object({
  programme: ProgrammeId,
  lang: z.enum(['nl', 'en']).default('nl'),
  /** Which page the form was on: the chat page or the embed frame; the answer page is beside it. */
  from: z.enum(['chat', 'embed']).default('chat'),
  attempt: z.uuid().optional(),
});

/**
 * POST `/api/chat/closed-attempt` (a plain form post, anonymous): counts the attempt as a missed contact outside hours
 * and answers with the page that says when the chat opens and what else there is (303, so a reload of that page counts
 * nothing). Open after all: back to the chat page, nothing counted. Sent as JSON, it answers `{ open, opensAt? }`.
 */
export const chatAttemptRoutes = (attempts: ClosedAttempts) =>
  Router().post('/api/chat/closed-attempt', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res) => {
    const form = parseInput(ClosedAttemptForm, req.body);
    const answer = await attempts.record(form.programme, form.attempt ?? null);
    // Asked as JSON (a script, a test): the answer itself rather than a page to go to.
    if (req.is('application/json')) {
      res.json(answer);
      return;
    }
    const page = `${form.lang === 'en' ? '/en' : ''}/${form.from}/${form.programme}`;
    res.redirect(303, answer.open ? page : `${page}/closed`);
  });
