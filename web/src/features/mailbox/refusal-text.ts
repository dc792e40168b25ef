import type { useTranslations } from 'next-intl';
import type { Refusal } from './mailbox-actions';

type MailboxText = ReturnType<typeof useTranslations<'mailbox'>>;

/** A refusal in the visitor's words: by code, and for bad input by the field it names. */
export const refusalText = (t: MailboxText, refusal: Refusal) => {
  if (refusal.code === 'NOT_FOUND') return t('error.NOT_FOUND');
  if (refusal.code === 'RATE_LIMITED') return t('error.RATE_LIMITED');
  if (refusal.code === 'INVALID_INPUT') {
    if (refusal.field === 'body') return t('error.INVALID_INPUT.body');
    if (refusal.field === 'code') return t('error.INVALID_INPUT.code');
    return t('error.INVALID_INPUT.other');
  }
  return t('error.other');
};
