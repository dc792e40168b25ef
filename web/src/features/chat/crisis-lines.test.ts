import { describe, expect, it } from 'vitest';
import { asLines, crisisLinesOf, withLines } from './crisis-lines';

describe('the crisis lines an urgency answer shows', () => {
  it('shows 113 and 112 on self-harm, 112 on a child at risk, nothing on any other answer or none', () => {
    expect(crisisLinesOf('self-harm')).toEqual(['113', '112']);
    expect(crisisLinesOf('child-at-risk')).toEqual(['112']);
    for (const other of ['deadline', 'none', '', undefined, 'constructor', '__proto__'])
      expect(crisisLinesOf(other)).toEqual([]);
  });

  it('keeps lines once shown, each once, 113 first, whatever is answered later', () => {
    expect(withLines(['112'], ['113', '112'])).toEqual(['113', '112']);
    expect(withLines(['113', '112'], [])).toEqual(['113', '112']);
    expect(withLines([], ['112'])).toEqual(['112']);
    expect(withLines([], [])).toEqual([]);
  });

  it('reads back from storage only the lines it knows', () => {
    expect(asLines(['112', '113', 'javascript:alert(1)'])).toEqual(['113', '112']);
    for (const junk of [null, 'self-harm', { 0: '113' }, 113]) expect(asLines(junk)).toEqual([]);
  });
});
