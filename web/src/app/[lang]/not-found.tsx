import { loadExitUrl } from '~/features/programmes/load-programmes';
import { NotFoundView } from '~/features/quick-exit/not-found-view';

/** A mistyped address: a calm page in the visitor layout, with quick exit and the way home (status 404). */
export default async function NotFound() {
  return <NotFoundView exitUrl={await loadExitUrl()} />;
}
