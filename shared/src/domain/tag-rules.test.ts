import { describe, expect, it } from 'vitest';
import { programmeIds } from './programme';
import { caseTagsSchemaFor, completeCaseTagsSchemaFor, formDimensionsOf, missingTags } from './tag-rules';
import { valuesOf } from './taxonomy';

const asValue = (many: boolean | undefined, value: string) => (many ? [value] : value);

/** `unknown` in every dimension that applies without a condition. */
const allUnknown = (programme: 'helpwanted' | 'stopitnow') =>
  Object.fromEntries(
    formDimensionsOf(programme)
      .filter((d) => !d.when)
      .map((d) => [d.id, asValue(d.many, 'unknown')]),
  );

describe('case-tag rules', () => {
  it('accepts every value of every dimension, and knows what the value makes required', () => {
    for (const programme of programmeIds) {
      const dependents = formDimensionsOf(programme).filter((d) => d.when);
      for (const dimension of formDimensionsOf(programme).filter((d) => !d.when)) {
        for (const value of Object.keys(valuesOf(dimension))) {
          const tags = { ...allUnknown(programme), [dimension.id]: asValue(dimension.many, value) };
          const opened = dependents.filter((d) => d.when?.dimension === dimension.id && d.when.value === value);
          expect(caseTagsSchemaFor(programme).safeParse(tags).success, `${dimension.id}=${value}`).toBe(true);
          expect(missingTags(programme, tags)).toEqual(opened.map((d) => d.id));
          for (const dependent of opened) {
            for (const dependentValue of Object.keys(valuesOf(dependent))) {
              const full = { ...tags, [dependent.id]: dependentValue };
              expect(completeCaseTagsSchemaFor(programme).safeParse(full).success).toBe(true);
            }
          }
        }
      }
    }
  });

  it('asks for every dimension without a condition when nothing is chosen', () => {
    expect(missingTags('helpwanted', {})).toEqual([
      'gender',
      'contactRole',
      'subjects',
      'platforms',
      'ageBand',
      'priorPoliceContact',
      'actions',
    ]);
    expect(missingTags('stopitnow', { concerns: [] })).toEqual([
      'gender',
      'contactType',
      'concerns',
      'ageBand',
      'foundVia',
      'actions',
    ]);
  });

  it('refuses a dependent dimension whose condition does not hold, naming it', () => {
    const sextortion = caseTagsSchemaFor('helpwanted').safeParse({ subjects: ['other'], sextortionType: 'sexual' });
    expect(sextortion.error?.issues[0]?.path).toEqual(['sextortionType']);
    const relation = caseTagsSchemaFor('stopitnow').safeParse({ relation: 'partner' });
    expect(relation.error?.issues[0]?.path).toEqual(['relation']);
    const required = completeCaseTagsSchemaFor('stopitnow').safeParse({
      ...allUnknown('stopitnow'),
      contactType: 'worried-about-other',
    });
    expect(required.error?.issues.map((i) => i.path)).toEqual([['relation']]);
  });
});
