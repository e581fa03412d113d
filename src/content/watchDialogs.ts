import { watchFolder } from '../util/watchFolder';
import { Content } from './content';
import { ContentError, ContentProblem, formatProblem, loadDialogs } from './loadDialogs';

/** The state of live reload: the problems of the last attempt (none when the content on disk is live). */
export interface ContentStatus {
  problems: ContentProblem[];
  /** When content was last swapped in, or last refused. */
  at?: string;
  reloads: number;
}

export interface DialogsWatch {
  status(): ContentStatus;
  /** Reloads now (what a file change does after its debounce); resolves when done. */
  reload(): void;
  close(): void;
}

export interface DialogsWatchOptions {
  dir: string;
  requiredReplies: readonly string[];
  /** Swaps the content in; may train the recognizer (from the model cache when the intents did not change). */
  apply(content: Content): void;
  now(): Date;
  /** Told every outcome: what was reloaded, or the problems (file:line) of a refused edit. */
  onReloaded(info: { ms: number }): void;
  onRefused(problems: ContentProblem[]): void;
  debounceMs?: number;
}

/**
 * Live reload of dialogs/ for writers: a saved file is loaded and checked like at start-up, and only
 * content that passes every check replaces the live one. A broken edit leaves the last good content live
 * and is reported with file:line until a later save fixes it.
 */
export function watchDialogs(options: DialogsWatchOptions): DialogsWatch {
  let status: ContentStatus = { problems: [], reloads: 0 };
  const reload = () => {
    const started = Date.now();
    let content: Content;
    try {
      content = loadDialogs(options.dir, options.requiredReplies);
    } catch (error) {
      const problems = error instanceof ContentError ? error.problems : [{ file: options.dir, message: error instanceof Error ? error.message : String(error) }];
      status = { ...status, problems, at: options.now().toISOString() };
      options.onRefused(problems);
      return;
    }
    options.apply(content);
    status = { problems: [], at: options.now().toISOString(), reloads: status.reloads + 1 };
    options.onReloaded({ ms: Date.now() - started });
  };
  const watch = watchFolder(options.dir, reload, { debounceMs: options.debounceMs, accept: (name) => /\.ya?ml$/.test(name) });
  return { status: () => status, reload, close: () => watch.close() };
}

/** The problems as lines a writer can act on (for the log and the chat page). */
export function describeProblems(problems: readonly ContentProblem[]): string[] {
  return problems.map((problem) => formatProblem(problem).trim());
}

