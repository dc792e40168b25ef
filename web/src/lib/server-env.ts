/**
 * Where server components reach the API. The pages run inside the API's own process by default, so the API is on
 * this machine's PORT; HELPLINE_API_URL points elsewhere when the web app is served on its own.
 */
const host = (value: string | undefined) =>
  !value || value === '0.0.0.0' || value === '::' ? '127.0.0.1' : value.includes(':') ? `[${value}]` : value;

export const apiOrigin = (): string =>
  process.env.HELPLINE_API_URL ?? `http://${host(process.env.HOST)}:${process.env.PORT ?? '3000'}`;

/** The secret the API takes a forwarded visitor's client key with (set by the API when it runs the pages itself). */
export const webToken = (): string => process.env.HELPLINE_WEB_TOKEN ?? '';
