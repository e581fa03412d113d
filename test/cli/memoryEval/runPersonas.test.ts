import { runPersonas } from '../../../src/cli/memoryEval/runPersonas';
import { realCatalog, realContent } from '../../helpers/testRapport';

describe('eval:memory through the real bot', () => {
  it('asks each question as the person and as someone who said nothing, and reads the stored name', async () => {
    const result = await runPersonas(
      {
        personas: [
          { user: 'dana', say: ['hello', 'call me Dana'], ask: [{ q: "what's my name?", expect: ['Dana'], reject: [] }] },
          { user: 'ghost', say: ['hi'], ask: [{ q: "what's my name?", expect: ['Dana'], reject: [] }] },
        ],
      },
      realContent(),
      realCatalog(),
    );
    expect(result).toMatchObject({ personas: 2, asked: 2, passed: 1, answer_rate: 50, wrong_names: 0 });
    expect(result.names[0]).toEqual({ user: 'dana', stored: 'Dana', wrong: false });
    expect(result.asks[1]).toMatchObject({ passed: false, reason: 'missing' });
    // Per persona: two conversation starts, the lines, and each question twice (the person, the blank user).
    expect(result.turns).toBe(2 + 2 + 2 + (2 + 1 + 2));
  });
});
