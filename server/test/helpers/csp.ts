/** A Content-Security-Policy header as directive -> sources. */
export const parseCsp = (header: string | null | undefined): Record<string, string[]> =>
  Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );

/** True when a source names a host: anything but a keyword ('self', 'nonce-…') or a bare scheme (data:, blob:). */
export const namesAHost = (source: string) => !/^'[^']+'$/.test(source) && !/^[a-z][a-z0-9+.-]*:$/.test(source);
