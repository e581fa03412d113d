import type { TurnInput } from './turn';
import { highResolutionClock, type StageClock } from './stageTimings';
import type { TurnResult, TurnRunner } from './runTurn';

/** How one turn went, as seen from outside the pipeline. */
export interface TurnOutcome {
  input: TurnInput;
  /** Absent when the turn threw. */
  result?: TurnResult;
  error?: unknown;
  seconds: number;
  /** When the turn started and ended, in milliseconds on the clock the stage timings use (epoch-based). */
  startMs: number;
  endMs: number;
}

/** Something that watches turns (metrics, traces); it must not throw and must not keep the input's text. */
export type TurnObserver = (outcome: TurnOutcome) => void;

/**
 * A turn runner that tells each observer how every turn went. The observers are registered where the app
 * is wired; the pipeline itself knows nothing of Prometheus or OpenTelemetry.
 */
export function observeTurns(run: TurnRunner, observers: readonly TurnObserver[], now: StageClock = highResolutionClock): TurnRunner {
  if (observers.length === 0) return run;
  return async function observedTurn(input) {
    const startMs = now();
    const tell = (outcome: Omit<TurnOutcome, 'input' | 'seconds' | 'startMs' | 'endMs'>) => {
      // Read once, before any observer runs: an observer that re-read the clock would see the time the
      // earlier observers took (a trace's turn span then started after its first stage).
      const endMs = now();
      const seen: TurnOutcome = { input, seconds: (endMs - startMs) / 1000, startMs, endMs, ...outcome };
      for (const observe of observers) observe(seen);
    };
    try {
      const result = await run(input);
      tell({ result });
      return result;
    } catch (error) {
      tell({ error });
      throw error;
    }
  };
}
