'use client';

import { type HoursToday as HoursTodayBody, ProgrammeHours, todayChange } from '@helpline/shared';
import type { SupervisorOverview } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { z } from 'zod';
import { Dialog, DialogClose } from '~/components/dialog';
import { describeError } from '~/i18n/errors/describe-error';
import type { Text } from '~/i18n/text';
import { ApiError, api } from '~/lib/api';
import { clockOf, dateTimeOf } from './format';

type ProgrammeLive = SupervisorOverview['programmes'][number];
export type TodayState = Pick<ProgrammeLive, 'open' | 'opensAt' | 'closesAt'>;

const TodayAnswer = z.object({ open: z.boolean(), opensAt: z.string().nullable(), closesAt: z.string().nullable() });

/** Half hours from the next one up to midnight, as HH:MM (24:00 last). */
const choicesAfter = (now: Date) => {
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  const minutes = Number(local.slice(0, 2)) * 60 + Number(local.slice(3, 5));
  const times: string[] = [];
  for (let m = Math.floor(minutes / 30) * 30 + 30; m <= 1440; m += 30)
    times.push(
      m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
    );
  return times;
};

/** A closing at midnight reads 24:00 ("open until 00:00" would look like no opening at all). */
const closingOf = (iso: string, locale: string) => {
  const time = clockOf(iso, locale);
  return time === '00:00' ? '24:00' : time;
};

const dayOf = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);

const btn = 'inline-flex min-h-11 items-center rounded-lg px-3 font-semibold';

/**
 * Today's opening of one programme on the live wall, and the two quick changes: "open now until ..." when closed,
 * "one hour longer" when open. Both ask first, then set today's exception (audited) and show the new state at once.
 */
export function TodayHours({
  programme,
  t,
  onChanged,
}: {
  programme: ProgrammeLive;
  t: Text<'supervisor'>;
  onChanged: (state: TodayState) => void;
}) {
  const errors = useTranslations('errors');
  const name = t(`programmes.${programme.id}`);
  const [dialog, setDialog] = useState<'open' | 'longer' | null>(null);
  const [until, setUntil] = useState('');
  const [hours, setHours] = useState<ProgrammeHours | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const choices = choicesAfter(new Date());
  const timeText = (hhmm: string) => (hhmm === '24:00' ? t('today.midnight') : hhmm);

  const start = (kind: 'open' | 'longer') => {
    setError(null);
    setDone(null);
    setUntil(choices.at(Math.min(3, choices.length - 1)) ?? '24:00');
    setDialog(kind);
    // The hours say what "one hour longer" comes to; the server decides the same way.
    api(ProgrammeHours, `/api/programmes/${programme.id}/hours`).then(setHours, () => setHours(null));
  };
  const body: HoursTodayBody = dialog === 'longer' ? { longerMinutes: 60 } : { until };
  const preview = hours && dialog ? todayChange(hours, new Date(), body) : null;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api(TodayAnswer, `/api/programmes/${programme.id}/hours/today`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      onChanged(answer);
      setDone(
        answer.closesAt ? t('today.done', { programme: name, time: closingOf(answer.closesAt, t('locale')) }) : null,
      );
      setDialog(null);
    } catch (err) {
      setError(describeError(err instanceof ApiError ? err : { code: 'INTERNAL' }, errors));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" data-testid={`today-${programme.id}`}>
      <p className="font-semibold" data-testid="today-state">
        {programme.open && programme.closesAt
          ? t('today.openUntil', { time: closingOf(programme.closesAt, t('locale')) })
          : programme.opensAt
            ? t('today.closedUntil', { when: dateTimeOf(programme.opensAt, t('locale')) })
            : programme.open
              ? t('live.open')
              : t('today.closedNoPlan')}
      </p>
      {programme.open ? (
        // An hour longer only when today's opening ends before midnight; open past it, there is nothing to extend today.
        programme.closesAt &&
        dayOf(new Date(programme.closesAt)) === dayOf(new Date()) && (
          <button
            type="button"
            className={`${btn} border border-blue-800 text-blue-900`}
            onClick={() => start('longer')}
          >
            {t('today.longer')}
          </button>
        )
      ) : (
        <button type="button" className={`${btn} border border-blue-800 text-blue-900`} onClick={() => start('open')}>
          {t('today.openNow')}
        </button>
      )}
      <p role="status" className="basis-full text-sm font-semibold text-emerald-900">
        {done}
      </p>
      <Dialog
        open={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
        title={
          dialog === 'longer' ? t('today.longerTitle', { programme: name }) : t('today.openTitle', { programme: name })
        }
      >
        {dialog === 'open' && (
          <label className="grid gap-1">
            <span className="font-semibold">{t('today.until')}</span>
            <select
              value={until}
              onChange={(e) => setUntil(e.target.value)}
              className="min-h-11 rounded border border-neutral-500 px-2"
            >
              {choices.map((c) => (
                <option key={c} value={c}>
                  {timeText(c)}
                </option>
              ))}
            </select>
          </label>
        )}
        {preview?.ok && preview.exception.closes && (
          <p data-testid="today-preview" className="text-lg">
            {dialog === 'longer'
              ? t('today.confirmLonger', {
                  programme: name,
                  from: programme.closesAt ? closingOf(programme.closesAt, t('locale')) : '',
                  to: timeText(preview.exception.closes),
                })
              : t('today.confirmOpen', { programme: name, time: timeText(preview.exception.closes) })}
          </p>
        )}
        <p className="text-sm text-neutral-800">{t('today.audited')}</p>
        {error && (
          <p role="alert" className="font-semibold text-red-800">
            {error}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <button type="button" className={`${btn} border border-neutral-500`}>
              {t('today.cancel')}
            </button>
          </DialogClose>
          <button
            type="button"
            disabled={busy}
            onClick={() => void confirm()}
            className={`${btn} bg-blue-800 text-white disabled:opacity-60`}
          >
            {busy ? t('today.busy') : dialog === 'longer' ? t('today.yesLonger') : t('today.yesOpen')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
