import { observeTurns, type TurnOutcome } from '../../src/pipeline/observeTurns';
import type { TurnInput } from '../../src/pipeline/turn';

const input: TurnInput = { kind: 'message', channelId: 'emulator', userId: 'u1', conversationId: 'c1', text: 'hi' };

describe('observeTurns', () => {
  it('gives every observer the same start and end, read before any observer runs', async () => {
    let now = 1_000;
    const clock = () => now;
    const seen: TurnOutcome[] = [];
    const run = observeTurns(
      async () => {
        now += 5; // the turn takes 5 ms
        return { replies: [], stages: [{ stage: 'recognize', startMs: 1_000, endMs: 1_005 }] };
      },
      [
        (outcome) => {
          seen.push(outcome);
          now += 3; // a slow first observer (metrics) must not shift what the next one sees
        },
        (outcome) => seen.push(outcome),
      ],
      clock,
    );
    await run(input);
    expect(seen.map(({ startMs, endMs, seconds }) => ({ startMs, endMs, seconds }))).toEqual([
      { startMs: 1_000, endMs: 1_005, seconds: 0.005 },
      { startMs: 1_000, endMs: 1_005, seconds: 0.005 },
    ]);
  });

  it('tells observers about a turn that threw, and rethrows', async () => {
    const seen: TurnOutcome[] = [];
    const run = observeTurns(
      async () => {
        throw new Error('boom');
      },
      [(outcome) => seen.push(outcome)],
      () => 7,
    );
    await expect(run(input)).rejects.toThrow('boom');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ startMs: 7, endMs: 7, seconds: 0 });
    expect(seen[0].error).toBeInstanceOf(Error);
  });
});
