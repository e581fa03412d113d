import { daysUntil } from '../../src/nlu/daysUntil';

// Monday, 30 November 2026.
const TODAY = { year: 2026, month: 11, day: 30, weekday: 1 };

describe('daysUntil', () => {
  it.each([
    ['how many days till christmas?', 25, { year: 2026, month: 12, day: 25 }],
    ['how long until friday', 4, { year: 2026, month: 12, day: 4 }],
    ['how many days until monday', 7, { year: 2026, month: 12, day: 7 }],
    ['days left until 3 june', 185, { year: 2027, month: 6, day: 3 }],
    ['how many days to 1 january', 32, { year: 2027, month: 1, day: 1 }],
  ])('counts "%s" as %s days', (text, days, target) => {
    expect(daysUntil(text, TODAY)).toEqual({ days, target });
  });

  it('names no day in a message without one, and none already past', () => {
    expect(daysUntil('how many days are left', TODAY)).toBeUndefined();
    expect(daysUntil('how many days until 3 june 2025', TODAY)).toBeUndefined();
  });
});
