import { dimensionsOf, type Label, type ProgrammeId, programmeIds, valuesOf } from '@helpline/shared';

export type DimensionView = { id: string; label: Label; values: [string, Label][] };

/**
 * The tag dimensions to chart for one programme, or for both merged by id (values of both, in taxonomy order).
 * `channel` is left out: contacts by channel have their own chart.
 */
export const dimensionsFor = (programme: ProgrammeId | null): DimensionView[] => {
  const merged = new Map<string, DimensionView>();
  for (const p of programme ? [programme] : programmeIds) {
    for (const d of dimensionsOf(p)) {
      if (d.id === 'channel') continue;
      const view = merged.get(d.id) ?? { id: d.id, label: d.label, values: [] };
      for (const entry of Object.entries(valuesOf(d))) {
        if (!view.values.some(([id]) => id === entry[0])) view.values.push(entry);
      }
      merged.set(d.id, view);
    }
  }
  // `unknown` last, wherever a merge put it.
  return [...merged.values()].map((v) => ({
    ...v,
    values: [...v.values.filter(([id]) => id !== 'unknown'), ...v.values.filter(([id]) => id === 'unknown')],
  }));
};
