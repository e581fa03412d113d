import { watch, FSWatcher } from 'node:fs';

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` once a folder has been quiet for `debounceMs` after a change to a file whose name passes
 * `accept`. Editors save in bursts (write a temp file, rename it over the old one, touch it again): one
 * burst is one call. Subfolders are not watched.
 */
export function watchFolder(dir: string, onChange: () => void, options: { debounceMs?: number; accept?: (name: string) => boolean } = {}): FolderWatch {
  const debounceMs = options.debounceMs ?? 300;
  const accept = options.accept ?? (() => true);
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, { persistent: false }, (_event, name) => {
    if (name !== null && !accept(String(name))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  // A folder that goes away (a checkout switching branches) only ends the watch; the bot keeps running.
  watcher.on('error', () => watcher.close());
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
