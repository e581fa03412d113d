/** One thing that must work before the bot takes turns (the store answers, the content is loaded). */
export interface ReadinessCheck {
  name: string;
  /** Resolves when ready; rejects (or times out) when not. */
  check(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  /** `draining` while shutting down, whatever the checks say. */
  status: 'ready' | 'not-ready' | 'draining';
  checks: Record<string, 'ok' | 'failing'>;
}

/** A check slower than this counts as failing: a load balancer's probe must not hang on a stuck store. */
export const CHECK_TIMEOUT_MS = 2000;

/**
 * What `GET /readyz` answers. `drain()` turns it to 503 first thing during shutdown, so a load balancer
 * stops sending turns while the ones in flight finish (see app.ts close()).
 */
export class Readiness {
  private draining = false;
  private readonly checks: ReadinessCheck[] = [];

  constructor(checks: readonly ReadinessCheck[] = [], private readonly timeoutMs = CHECK_TIMEOUT_MS) {
    this.checks.push(...checks);
  }

  /** Another part (a store backend, a channel) adds what it needs to be ready. */
  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  drain(): void {
    this.draining = true;
  }

  isDraining(): boolean {
    return this.draining;
  }

  async report(): Promise<ReadinessReport> {
    const results = await Promise.all(this.checks.map(async ({ name, check }) => [name, (await passes(check, this.timeoutMs)) ? 'ok' : 'failing'] as const));
    const checks = Object.fromEntries(results);
    const ready = !this.draining && results.every(([, result]) => result === 'ok');
    return { ready, status: this.draining ? 'draining' : ready ? 'ready' : 'not-ready', checks };
  }
}

async function passes(check: () => Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([check().then(() => true), timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
