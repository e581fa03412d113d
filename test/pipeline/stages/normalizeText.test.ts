import { normalizeText } from '../../../src/pipeline/stages/normalizeText';

describe('normalizeText', () => {
  it('removes mention tags and control characters, and collapses whitespace', () => {
    expect(normalizeText('<at>Rapport</at>  hello\u0007 there ')).toBe('hello there');
  });

  it('ends a line with a full stop when nothing ends it, so each line of a list or form is read apart', () => {
    expect(normalizeText('name: Ana Ribeiro\nage: 29\r\ncity: Belo Horizonte')).toBe('name: Ana Ribeiro. age: 29. city: Belo Horizonte');
    expect(normalizeText('interests:\n- bouldering\n- zines\n\n')).toBe('interests: - bouldering. - zines');
    expect(normalizeText('I moved!\nNow in Oslo.\n')).toBe('I moved! Now in Oslo.');
  });
});
