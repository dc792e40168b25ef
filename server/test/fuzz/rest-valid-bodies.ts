import { defaultHours } from '@helpline/shared';

/** Valid bodies the REST fuzz mutates, and the fields checked together with another. */

/** Dependent dimensions: changing the one they hang on may make them the refused field. */
export const tagLinks = (prefix: string) => () =>
  ['sextortionType', 'relation', 'subjects', 'contactType'].map((d) => (prefix ? `${prefix}.${d}` : d));
/** Opening hours check opens and closes together, per weekly entry or exception. */
export const hoursLinks = (field: string) => {
  const parent = field.split('.').slice(0, 2).join('.');
  return [`${parent}.opens`, `${parent}.closes`, 'exceptions'];
};

export const hours = {
  ...defaultHours('helpwanted'),
  exceptions: [
    { date: '2026-12-25', closed: true, note: 'Kerst' },
    { date: '2026-12-31', opens: '09:00', closes: '17:00' },
  ],
};
