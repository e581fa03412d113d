/** When one stage of a turn ran, in milliseconds since the epoch (fractional): for traces, never for behaviour. */
export interface StageTiming {
  stage: string;
  startMs: number;
  endMs: number;
}

/** Wall-clock milliseconds with sub-millisecond resolution. */
export type StageClock = () => number;

export const highResolutionClock: StageClock = () => performance.timeOrigin + performance.now();

/** Records how long each named step of a turn takes. */
export class StageTimer {
  readonly timings: StageTiming[] = [];

  constructor(private readonly clock: StageClock = highResolutionClock) {}

  async time<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    const startMs = this.clock();
    try {
      return await work();
    } finally {
      this.timings.push({ stage, startMs, endMs: this.clock() });
    }
  }
}
