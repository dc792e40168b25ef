/** Buttons of the visitor pages: 44 px targets, the programme's accent colour for the main action. */
export const primaryButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-xl bg-[var(--accent)] px-5 font-semibold text-[var(--accent-fg)] disabled:opacity-60';
export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-xl border-2 border-[var(--accent)] bg-white px-5 font-semibold text-[var(--accent)] disabled:opacity-60';
export const headingClass = 'text-2xl font-bold text-[var(--accent)] outline-none';
