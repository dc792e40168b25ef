import { describe, expect, it } from 'vitest';
import { formatZodError } from '../http/errors';
import { programmeIds } from './programme';
import { dimensionsOf, tagsSchemaFor, valuesOf } from './taxonomy';

const failingField = (programme: 'helpwanted' | 'stopitnow', tags: unknown) => {
  const result = tagsSchemaFor(programme).safeParse(tags);
  return result.success ? null : formatZodError(result.error).field;
};

describe('case-tag taxonomy', () => {
  it('accepts unknown for every dimension a counsellor fills in', () => {
    for (const programme of programmeIds) {
      for (const dimension of dimensionsOf(programme).filter((d) => !d.setBySystem)) {
        const tags = { [dimension.id]: dimension.many ? ['unknown'] : 'unknown' };
        expect(failingField(programme, tags), `${programme}.${dimension.id}`).toBeNull();
      }
    }
  });

  it('rejects an unknown value naming the dimension', () => {
    expect(failingField('helpwanted', { gender: 'robot' })).toBe('gender');
    expect(failingField('stopitnow', { concerns: ['viewer', 'alien'] })).toBe('concerns.1');
  });

  it("uses the annual report's age bands", () => {
    const ageBands = (programme: 'helpwanted' | 'stopitnow') => {
      const dimension = dimensionsOf(programme).find((d) => d.id === 'ageBand');
      return dimension ? Object.keys(valuesOf(dimension)) : [];
    };
    expect(ageBands('helpwanted')).toEqual(['0-11', '12-18', '19-25', '26+', 'unknown']);
    expect(ageBands('stopitnow')).toEqual(['under-18', '18-25', '26-40', '41-60', '60+', 'unknown']);
    expect(failingField('helpwanted', { ageBand: '12-17' })).toBe('ageBand');
  });

  it('rejects a dimension of the other programme, and channel, which the system sets', () => {
    expect(failingField('stopitnow', { sextortionType: 'financial' })).toBe('sextortionType');
    expect(failingField('helpwanted', { channel: 'chat' })).toBe('channel');
  });

  it('rejects the same value twice in a many-valued dimension', () => {
    expect(failingField('helpwanted', { platforms: ['tiktok', 'tiktok'] })).toBe('platforms');
  });
});
