import { restRoutes } from '@helpline/shared';
import express from 'express';
import type { ClosedAttempts } from '../modules/queue/closed-attempts';
import { typedRouter } from './typed-router';

/**
 * POST `/api/chat/closed-attempt` (a plain form post, anonymous): counts the attempt as a missed contact outside hours
 * and answers with the page that says when the chat opens and what else there is (303, so a reload of that page counts
 * nothing). Open after all: back to the chat page, nothing counted. Sent as JSON, it answers `{ open, opensAt? }`.
 */
export const chatAttemptRoutes = (attempts: ClosedAttempts) => {
  const { router, route } = typedRouter();
  route(
    restRoutes.closedAttempt,
    async ({ body: form }, req, res) => {
      const answer = await attempts.record(form.programme, form.attempt ?? null);
      // Asked as JSON (a script, a test): the answer itself rather than a page to go to.
      if (req.is('application/json')) {
        res.json(answer);
        return;
      }
      const page = `${form.lang === 'en' ? '/en' : ''}/${form.from}/${form.programme}`;
      res.redirect(303, answer.open ? page : `${page}/closed`);
    },
    { before: [express.urlencoded({ extended: false, limit: '2kb' })] },
  );
  return router;
};
