import type { Text } from '~/i18n/text';
import { ApiError } from '~/lib/api';

/** Why a list did not load: a programme the supervisor does not lead (404), or anything else. */
export function LoadError({ error, t }: { error: Error | null; t: Text<'admin'> }) {
  if (!error) return null;
  return <p role="alert">{error instanceof ApiError && error.status === 404 ? t('unavailable') : t('failed')}</p>;
}
