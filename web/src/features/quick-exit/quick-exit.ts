/** Work to do on the way out (the chat tells the server to forget the session); each is given a short moment. */
const beforeLeaving = new Set<() => Promise<unknown>>();
const GRACE_MS = 400;

export const onQuickExit = (task: () => Promise<unknown>) => {
  beforeLeaving.add(task);
  return () => {
    beforeLeaving.delete(task);
  };
};

/** Message the embed sends to the widget script on the host page, which then leaves the host page too. */
export const EXIT_MESSAGE = 'helpline:quick-exit';

let leaving = false;

/**
 * Leaves at once: the page goes blank immediately, the server is told to forget the session (best effort, briefly),
 * this tab's visitor state is cleared, and the page is replaced, so Back does not bring it back. Inside the embed
 * the host page is left as well.
 */
export const quickExit = async (exitUrl: string) => {
  if (leaving) return;
  leaving = true;
  document.body.hidden = true;
  await Promise.race([
    Promise.allSettled([...beforeLeaving].map((task) => task())),
    new Promise((resolve) => setTimeout(resolve, GRACE_MS)),
  ]);
  sessionStorage.clear();
  if (window.top && window.top !== window) {
    window.parent.postMessage({ type: EXIT_MESSAGE, url: exitUrl }, '*');
    try {
      window.top.location.replace(exitUrl);
    } catch {
      // Not allowed from this frame: the widget script leaves the host page on our message.
    }
    window.location.replace('about:blank');
    return;
  }
  window.location.replace(exitUrl);
};

/**
 * A click on a link to another page of this site replaces the current history entry instead of adding one, so the
 * whole visit stays one entry: after a quick exit, Back finds no page of ours (only what came before the visit).
 */
export const replaceInternalLink = (event: MouseEvent) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
  if (link.target && link.target !== '_self') return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
  event.preventDefault();
  window.location.replace(url.href);
};

const PRESSES = 3;
const WITHIN_MS = 1500;

/** Shift pressed three times in a row (nothing else in between), quickly: the keyboard's quick exit. */
export const createShiftCounter = (onTriple: () => void) => {
  let presses: number[] = [];
  return (event: KeyboardEvent) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < WITHIN_MS), now];
    if (presses.length >= PRESSES) {
      presses = [];
      onTriple();
    }
  };
};
