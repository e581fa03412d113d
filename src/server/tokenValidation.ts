import { Clock } from '../util/clock';
import { Logger } from '../util/logger';

/** How a request whose turn never started failed to authenticate. */
export type AuthFailure = 'rejected' | 'unavailable';

export type TokenValidationState = 'off' | 'ok' | 'unavailable';

/** One warning per this interval while the Bot Framework's signing keys cannot be fetched. */
export const UNAVAILABLE_LOG_INTERVAL_MS = 60_000;

/**
 * With an app id set, every request's JWT is checked against keys fetched from the Bot Framework's
 * OpenID metadata. A token the check refuses is the caller's fault (401); keys that cannot be fetched
 * are ours (503), reported once per interval and in /healthz until a token is validated again.
 */
export class TokenValidation {
  private unavailableSince: number | undefined;
  private lastLoggedAt = Number.NEGATIVE_INFINITY;
  private suppressed = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * Classifies an error (other than a refused token, which the SDK edge reports itself) from before the
   * turn started, and keeps the state for /healthz.
   */
  failed(err: unknown): AuthFailure {
    if (!this.enabled) return 'rejected';
    const now = this.clock.now().getTime();
    this.unavailableSince ??= now;
    if (now - this.lastLoggedAt >= UNAVAILABLE_LOG_INTERVAL_MS) {
      this.logger.warn(
        { code: 'AUTH_UNAVAILABLE', error: err instanceof Error ? err.name : typeof err, since: new Date(this.unavailableSince).toISOString(), suppressed: this.suppressed },
        'cannot validate Bot Framework tokens: the OpenID metadata or signing keys cannot be fetched; answering 503',
      );
      this.lastLoggedAt = now;
      this.suppressed = 0;
    } else {
      this.suppressed += 1;
    }
    return 'unavailable';
  }

  /** A token was validated: the keys are reachable again. */
  succeeded(): void {
    if (this.unavailableSince === undefined) return;
    this.logger.info({ code: 'AUTH_AVAILABLE' }, 'Bot Framework token validation works again');
    this.unavailableSince = undefined;
    this.lastLoggedAt = Number.NEGATIVE_INFINITY;
  }

  state(): TokenValidationState {
    if (!this.enabled) return 'off';
    return this.unavailableSince === undefined ? 'ok' : 'unavailable';
  }
}
