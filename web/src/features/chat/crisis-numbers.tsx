import { useTranslations } from 'next-intl';
import { PhoneIcon } from '~/components/icons';
import { type CrisisLine, crisisContacts } from './crisis-lines';
import { primaryButton, secondaryButton } from './ui';

const link = 'font-semibold text-[var(--accent)] underline underline-offset-4';

/**
 * 113 Zelfmoordpreventie and 112, or 112 alone, as links a phone can call: shown from the urgency answer on, above
 * whatever the chat shows next. 113.nl opens beside the chat, so the visitor keeps their place here.
 */
export function CrisisNumbers({ lines, level = 2 }: { lines: CrisisLine[]; level?: 2 | 3 }) {
  const t = useTranslations('chat.crisis');
  if (lines.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  const has113 = lines.includes('113');
  const { '113': zelfmoordpreventie, '112': emergency } = crisisContacts;
  return (
    <section
      aria-labelledby="crisis-title"
      data-testid="crisis-numbers"
      className="grid gap-3 rounded-2xl border-2 border-[var(--accent)] bg-white p-4"
    >
      <Heading id="crisis-title" className="text-lg font-bold">
        {has113 ? t('title113') : t('title112')}
      </Heading>
      {has113 && (
        <>
          <p>{t('call113')}</p>
          <div className="flex flex-wrap gap-2">
            <a href={`tel:${zelfmoordpreventie.tel}`} className={primaryButton}>
              <PhoneIcon />
              {t('phone113', { number: zelfmoordpreventie.display })}
            </a>
            <a href={zelfmoordpreventie.web} target="_blank" rel="noopener noreferrer" className={secondaryButton}>
              {t('web113', { site: zelfmoordpreventie.webDisplay })}
            </a>
          </div>
        </>
      )}
      {lines.includes('112') &&
        (has113 ? (
          <p>
            {t('danger')}{' '}
            <a href={`tel:${emergency.tel}`} className={`${link} inline-flex min-h-11 items-center gap-1`}>
              <PhoneIcon />
              {t('call112', { number: emergency.display })}
            </a>
          </p>
        ) : (
          <a href={`tel:${emergency.tel}`} className={`${primaryButton} justify-self-start`}>
            <PhoneIcon />
            {t('call112', { number: emergency.display })}
          </a>
        ))}
      <p className="text-sm text-[var(--muted-fg)]">{t('stayHere')}</p>
    </section>
  );
}
