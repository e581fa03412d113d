import type { TurnInput } from './turn';
import type { TurnResult, TurnRunner } from './runTurn';

/** How one turn went, as seen from outside the pipeline. */
export interface TurnOutcome {
  input: TurnInput;
  /** Absent when the turn threw. */
  result?: TurnResult;
  error?: unknown;
  seconds: number;
}

/** Something that watches turns (metrics, traces); it must not throw and must not keep the input's text. */
export type TurnObserver = (outcome: TurnOutcome) => void;

/**
 * A turn runner that tells each observer how every turn went. The observers are registered where the app
 * is wired; the pipeline itself knows nothing of Prometheus or OpenTelemetry.
 */
export function observeTurns(run: TurnRunner, observers: readonly TurnObserver[], now: () => number = () => performance.now()): TurnRunner {
  if (observers.length === 0) return run;
  return async function observedTurn(input) {
    const started = now();
    const tell = (outcome: Omit<TurnOutcome, 'input' | 'seconds'>) => {
      const seen: TurnOutcome = { input, seconds: (now() - started) / 1000, ...outcome };
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
