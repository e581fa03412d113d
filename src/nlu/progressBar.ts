import type { TrainingProgress } from './intentModel';

/**
 * A one-line progress bar on stderr for long training in the CLI; silent when stderr is not a
 * terminal (CI logs, pipes), so `--json` output and logs stay clean.
 */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): TrainingProgress {
  if (!stream.isTTY) return () => undefined;
  const started = Date.now();
  return (done, total) => {
    const width = 24;
    const filled = Math.round((width * done) / Math.max(1, total));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} models, ${seconds} s`);
    if (done >= total) stream.write('\n');
  };
}
