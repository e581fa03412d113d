import { intentReadsNothing } from '../../../src/pipeline/stages/intentReadsNothing';

describe('intentReadsNothing', () => {
  const now = new Date('2026-03-02T10:00:00Z');

  it('says a sum or a countdown with nothing to work on reads nothing', () => {
    expect(intentReadsNothing('calculate', 'how much was the teapot?', now)).toBe(true);
    expect(intentReadsNothing('askDaysUntil', 'until when can the jacket go back?', now)).toBe(true);
  });

  it('says a sum with figures, a countdown to a day and any other intent read something', () => {
    expect(intentReadsNothing('calculate', 'how much is 7 times 6', now)).toBe(false);
    expect(intentReadsNothing('askDaysUntil', 'how many days until christmas?', now)).toBe(false);
    expect(intentReadsNothing('webSearch', 'how much was the teapot?', now)).toBe(false);
  });
});
