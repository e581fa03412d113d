import { parseArithmetic } from '../../src/nlu/arithmetic';

describe('parseArithmetic', () => {
  it.each([
    ["what's 12 times 3?", '12 × 3', 36],
    ['how much is 45 plus 17', '45 + 17', 62],
    ['(2 + 3) * 4', '(2 + 3) × 4', 20],
    ['2 + 3 * 4', '2 + 3 × 4', 14],
    ['15% of 80', '15% of 80', 12],
    ['what is twenty one minus four', '21 − 4', 17],
    ['nine squared', '9 ^ 2', 81],
    ['2 ^ 3 ^ 2', '2 ^ 3 ^ 2', 512],
    ['add 19 and 23', '19 + 23', 42],
    ['subtract 5 from 12', '12 − 5', 7],
    ['multiply 8 by 9', '8 × 9', 72],
    ['1,000 / 8', '1000 ÷ 8', 125],
    ['0.1 + 0.2', '0.1 + 0.2', 0.3],
    ['-3 + 5', '−3 + 5', 2],
    ['whats 9x6', '9 × 6', 54],
    ['12x12?', '12 × 12', 144],
  ])('reads "%s" as %s = %s', (text, expression, value) => {
    expect(parseArithmetic(text)).toEqual({ expression, value });
  });

  it('marks a division by zero as undefined rather than Infinity', () => {
    expect(parseArithmetic('7 divided by 0')).toEqual({ expression: '7 ÷ 0', value: undefined });
  });

  it.each([
    'I have 2 dogs and 3 cats',
    'set an alarm for 7',
    'is 97 a prime number',
    'solve 2x plus 5 equals 15',
    '12',
    'what is',
    '(2 + 3',
    '2 + + 3',
    'constructor + 1',
    '__proto__ * 2',
    '2 ^ 1000',
    '9'.repeat(300) + ' + 1',
    'process.exit() + 1',
  ])('is not a sum it can do: %s', (text) => {
    expect(parseArithmetic(text)).toBeUndefined();
  });
});
