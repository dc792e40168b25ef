import { errorStatus } from '@helpline/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { toAppError } from '../errors';
import type { Logger } from '../logger';

/** Unknown API routes get the JSON envelope, not an HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: `No route ${req.method} ${req.path}` } });
};

/** An error of the JSON body parser: a client error it exposes, typed by what went wrong. */
type BodyParserError = { type?: string; status?: number; expose?: boolean };
const isBodyParserError = (err: unknown): err is BodyParserError & { status: number } => {
  const { expose, status } = (err ?? {}) as BodyParserError;
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
};
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The body is not valid JSON',
  'entity.too.large': 'The body is too large',
  'charset.unsupported': 'The body must be UTF-8',
  'encoding.unsupported': 'The body has a content encoding the server does not accept',
};

export const createErrorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (err: unknown, req, res, _next) => {
    const known = toAppError(err);
    if (known) {
      res.status(errorStatus[known.code]).json({ error: known.toBody() });
      return;
    }
    // A body that cannot be read (malformed, too large, another charset, a broken or unknown encoding) is bad input,
    // with the parser's own status (400, 413, 415).
    if (isBodyParserError(err)) {
      const message = BODY_ERRORS[err.type ?? ''] ?? 'The body could not be read';
      res.status(err.status).json({ error: { code: 'INVALID_INPUT', message, field: 'body' } });
      return;
    }
    // The router could not decode a path parameter (a broken percent escape): the path is the bad input.
    if (err instanceof URIError) {
      res.status(400).json({ error: { code: 'INVALID_INPUT', message: 'The path is not valid', field: 'path' } });
      return;
    }
    logger.error({ err, method: req.method, path: req.path }, 'request failed');
    res.status(500).json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side' } });
  };
