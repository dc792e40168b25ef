/**
 * When a visitor's page posts a form to the web app without JavaScript, the web app's server code calls the API for
 * them. The API hands every page request the visitor's client key (a salted in-memory hash, never the address) in
 * `CLIENT_KEY_HEADER`; the web app sends it back with `WEB_TOKEN_HEADER`, the secret both sides share, and the API's
 * rate limits then count that visitor, not the web app.
 */
export const CLIENT_KEY_HEADER = 'x-helpline-client';
export const WEB_TOKEN_HEADER = 'x-helpline-web-token';
/**
 * Where the API puts its clock for the pages it runs in its own process (`globalThis[PAGE_CLOCK]`), so they render
 * with the time the API answers with: the real time, or in browser tests the test clock.
 */
export const PAGE_CLOCK = Symbol.for('helpline.page-clock');
export type PageClock = { now(): Date };
