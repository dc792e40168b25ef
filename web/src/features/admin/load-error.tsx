import { ApiError } from '~/lib/api';
import type { AdminText } from './admin.i18n';

/** Why a list did not load: a programme the supervisor does not lead (404), or anything else. */
export function LoadError({ error, t }: { error: Error | null; t: AdminText }) {
  if (!error) return null;
  return <p role="alert">{error instanceof ApiError && error.status === 404 ? t.unavailable : t.failed}</p>;
}
