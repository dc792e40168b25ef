import { describe, expect, it } from 'vitest';
import { apiQuery, pageQuery, periodFromSearch } from './period';

const now = new Date('2026-11-25T23:30:00Z'); // already 26 November in Amsterdam

describe('the period a supervisor chose', () => {
  it('defaults to this year up to today in Amsterdam, and asks the API up to the next midnight', () => {
    const choice = periodFromSearch({}, 'thisYear', now);
    expect(choice).toEqual({ programme: null, from: '2026-01-01', until: '2026-11-26' });
    expect(apiQuery(choice)).toBe('from=2026-01-01&to=2026-11-27');
  });

  it('keeps a chosen programme and whole days, puts a reversed period right and ignores what is not a date', () => {
    const choice = periodFromSearch({ programme: 'stopitnow', from: '2025-12-31', until: '2025-01-01' }, 'last30', now);
    expect(choice).toEqual({ programme: 'stopitnow', from: '2025-01-01', until: '2025-12-31' });
    expect(apiQuery(choice)).toBe('from=2025-01-01&to=2026-01-01&programme=stopitnow');
    expect(pageQuery(choice)).toBe('from=2025-01-01&until=2025-12-31&programme=stopitnow');
    expect(periodFromSearch({ programme: 'other', from: 'yesterday' }, 'last30', now)).toEqual({
      programme: null,
      from: '2026-10-28',
      until: '2026-11-26',
    });
  });
});
