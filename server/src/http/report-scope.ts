import { type PeriodQuery, parsePeriod } from '@helpline/shared';
import type { RequestHandler } from 'express';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { Scope } from '../modules/reports/scope';
import { REPORT_ZONE } from '../modules/reports/scope';

/** `?programme&from&to` of a supervisor report: dates mean local midnight, default today, `from` before `to`. */
export const scopeOf = (parsed: PeriodQuery, clock: Clock): Scope => {
  const period = parsePeriod(parsed, clock.now(), REPORT_ZONE);
  if (period.from.getTime() >= period.to.getTime())
    throw new AppError('INVALID_INPUT', 'to: must be after from', { field: 'to' });
  return { programme: parsed.programme ?? null, ...period };
};

/** Reports and logs are about people: never kept by a browser or proxy. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
