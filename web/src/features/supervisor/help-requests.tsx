'use client';

import { HandHelping, X } from 'lucide-react';
import Link from 'next/link';
import { type Locale, useTranslations } from 'next-intl';
import { getPathname } from '~/i18n/navigation';
import { playHelpCall, useAlarmSound } from './alarm-sound';
import { DebriefRequests } from './debrief-requests';
import { clockOf } from './format';
import { SoundSwitch } from './sound-switch';
import { usePagePath } from './supervisor-nav';
import { useSharedSupervisorSocket } from './supervisor-socket';
import { useHelpRequests } from './use-help-requests';
import { useNow } from './use-live-overview';

/**
 * On every supervisor page: the counsellors asking for help now, each with who asks, since when, a link that opens
 * monitoring of that chat and a button to take it off the list. A new request sounds at once, and the call repeats
 * while a request is listed that nobody here has opened yet. Below, quietly, who asked for a debrief.
 */
export function HelpRequests({ lang }: { lang: Locale }) {
  const t = useTranslations('supervisor');
  const { calls, debriefs, latest, dismiss, markOpened, dismissDebrief } = useHelpRequests();
  const { connected } = useSharedSupervisorSocket();
  const path = usePagePath();
  const now = useNow(15_000);
  const monitorPath = (id: string) => `/supervisor/monitor/${id}`;
  const isOpen = (c: (typeof calls)[number]) => c.opened || path === monitorPath(c.conversationId);
  const sound = useAlarmSound(
    calls.some((c) => !isOpen(c)),
    latest ? `${latest.conversationId}@${latest.at}` : '',
    playHelpCall,
  );
  const minutesSince = (at: string) => Math.max(0, Math.floor((now - Date.parse(at)) / 60_000));
  return (
    <section
      aria-labelledby={calls.length > 0 ? 'help-heading' : undefined}
      data-testid="help-requests"
      data-count={calls.length}
      data-connected={connected}
      className="print:hidden"
    >
      {/* Announced once as a request comes, not again as its minutes tick. */}
      <p role="alert" className="sr-only">
        {latest ? t('help.asks', { alias: latest.counsellor.alias }) : ''}
      </p>
      {calls.length > 0 && (
        <div className="mb-4 grid gap-2 rounded-xl border-4 border-amber-900 bg-amber-50 p-3 text-neutral-900">
          <h2 id="help-heading" className="flex items-center gap-2 text-xl font-bold">
            <HandHelping aria-hidden="true" className="h-7 w-7 shrink-0 motion-safe:animate-pulse" />
            {t('help.heading', { count: calls.length })}
          </h2>
          <ul className="grid gap-2">
            {calls.map((c) => (
              <li
                key={c.conversationId}
                data-testid="help-request"
                data-conversation={c.conversationId}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border border-amber-800 bg-white px-3 py-2"
              >
                <p className="mr-auto text-lg">
                  <span className="font-bold">{t('help.asks', { alias: c.counsellor.alias })}</span>{' '}
                  {t('help.since', { time: clockOf(c.at, t('locale')), minutes: minutesSince(c.at) })}
                  {isOpen(c) && <span className="ml-2 text-base font-semibold">({t('help.opened')})</span>}
                </p>
                <Link
                  href={getPathname({ locale: lang, href: monitorPath(c.conversationId) })}
                  onClick={() => markOpened(c.conversationId)}
                  className="inline-flex min-h-11 items-center rounded-lg bg-neutral-900 px-4 font-semibold text-white"
                >
                  {t('help.open', { alias: c.counsellor.alias })}
                </Link>
                <button
                  type="button"
                  onClick={() => dismiss(c.conversationId)}
                  aria-label={t('help.dismissLabel', { alias: c.counsellor.alias })}
                  className="inline-flex min-h-11 items-center gap-1 rounded-lg border border-neutral-500 bg-white px-3"
                >
                  <X aria-hidden="true" className="h-4 w-4" />
                  {t('help.dismiss')}
                </button>
              </li>
            ))}
          </ul>
          <SoundSwitch sound={sound} showBlocked t={t} testId="help-sound" />
        </div>
      )}
      <DebriefRequests debriefs={debriefs} onDone={dismissDebrief} t={t} />
    </section>
  );
}
