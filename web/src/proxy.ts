import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/** Serves a bare path as Dutch (`/chat/x` renders `/nl/chat/x`); `/en/...` passes through. */
export default createMiddleware(routing);

export const config = {
  // Not for the server's own routes, the build output or the widget script, and not for `/nl/...`: that address
  // keeps answering in Dutch as it always did (only the bare one is linked).
  matcher: ['/((?!api/|socket\\.io/|_next/|widget\\.js$|nl(?:/|$)).*)'],
};
