import { programmeIds } from '@helpline/shared';
import Link from 'next/link';
import { type Locale, useTranslations } from 'next-intl';
import { Button } from '~/components/button';
import { getPathname } from '~/i18n/navigation';
import { type PeriodChoice, pageQuery, presets, todayIn } from './period';

/** A plain GET form (works without scripts, keeps the choice in the address) with quick choices beside it. */
export function PeriodForm({ lang, path, choice }: { lang: Locale; path: string; choice: PeriodChoice }) {
  const t = useTranslations('reports');
  const names = useTranslations('supervisor.programmes');
  const quick = presets(todayIn(new Date()));
  const field = 'min-h-11 rounded border border-neutral-500 bg-white px-2';
  return (
    <form
      method="get"
      action={getPathname({ locale: lang, href: path })}
      className="rounded-xl border border-neutral-300 bg-white p-3 print:hidden"
    >
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-1 font-semibold">{t('period.legend')}</legend>
        <label className="grid gap-1">
          <span className="text-sm">{t('period.programme')}</span>
          <select name="programme" defaultValue={choice.programme ?? ''} className={field}>
            <option value="">{t('period.all')}</option>
            {programmeIds.map((p) => (
              <option key={p} value={p}>
                {names(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="text-sm">{t('period.from')}</span>
          <input type="date" name="from" defaultValue={choice.from} required className={field} />
        </label>
        <label className="grid gap-1">
          <span className="text-sm">{t('period.until')}</span>
          <input type="date" name="until" defaultValue={choice.until} required className={field} />
        </label>
        <Button type="submit" look="primary">
          {t('period.show')}
        </Button>
      </fieldset>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 text-sm">
        <span>{t('period.presets')}:</span>
        {(['last30', 'thisYear', 'lastYear'] as const).map((key) => (
          <Link
            key={key}
            href={`${getPathname({ locale: lang, href: path })}?${pageQuery({ programme: choice.programme, ...quick[key] })}`}
            className="inline-flex min-h-11 items-center underline underline-offset-4"
          >
            {t(`period.${key}`)}
          </Link>
        ))}
      </p>
    </form>
  );
}
