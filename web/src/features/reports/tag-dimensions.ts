import { dimensionsOf, type Label, type ProgrammeId, programmeIds, programmes, valuesOf } from '@helpline/shared';

export type DimensionView = { id: string; label: Label; values: [string, Label][] };

/**
 * The tag dimensions to chart for one programme, or for both merged by id (values of both, in taxonomy order).
 * `channel` is left out: contacts by channel have their own chart.
 */
export const dimensionsFor = (programme: ProgrammeId | null): DimensionView[] => {
  const merged = new Map<string, DimensionView>();
  const shown = programme ? [programme] : programmeIds;
  const owners = (id: string) => shown.filter((p) => dimensionsOf(p).some((d) => d.id === id));
  // Both programmes: a dimension of one of them says whose it is; one id with two meanings shows both labels.
  const labelOf = (id: string): Label | null => {
    if (programme) return null;
    const mine = owners(id);
    if (mine.length === 1 && mine[0]) {
      const name = programmes[mine[0]].name;
      const label = dimensionsOf(mine[0]).find((d) => d.id === id)?.label;
      return label ? { nl: `${label.nl} (${name})`, en: `${label.en} (${name})` } : null;
    }
    const labels = mine.flatMap((p) =>
      dimensionsOf(p)
        .filter((d) => d.id === id)
        .map((d) => d.label),
    );
    const distinct = (key: 'nl' | 'en') => [...new Set(labels.map((l) => l[key]))].join(' / ');
    return { nl: distinct('nl'), en: distinct('en') };
  };
  for (const p of shown) {
    for (const d of dimensionsOf(p)) {
      if (d.id === 'channel') continue;
      const view = merged.get(d.id) ?? { id: d.id, label: labelOf(d.id) ?? d.label, values: [] };
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
