import { errorStatus } from '@helpline/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { toAppError } from '../errors';
import type { Logger } from '../logger';

/** Unknown API routes get the JSON envelope, not an HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: `No route ${req.method} ${req.path}` } });
};

type BodyParserError = { type?: string; status?: number };

export const createErrorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (err: unknown, req, res, _next) => {
    const known = toAppError(err);
    if (known) {
      res.status(errorStatus[known.code]).json({ error: known.toBody() });
      return;
    }
    const parserError = err as BodyParserError;
    if (parserError.type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'INVALID_INPUT', message: 'The body is not valid JSON', field: 'body' } });
      return;
    }
    if (parserError.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'INVALID_INPUT', message: 'The body is too large', field: 'body' } });
      return;
    }
    logger.error({ err, method: req.method, path: req.path }, 'request failed');
    res.status(500).json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side' } });
  };
