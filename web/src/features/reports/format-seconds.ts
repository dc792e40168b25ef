/** A wait in seconds as people read it, the same in both languages: "45 s", "3 min", "–" when unknown. */
export const formatSeconds = (s: number | null) =>
  s === null ? '–' : s < 90 ? `${Math.round(s)} s` : `${Math.round(s / 60)} min`;
