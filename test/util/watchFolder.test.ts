import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { watchFolder } from '../../src/util/watchFolder';

describe('watchFolder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-watch-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("calls once for an editor's save burst (write a temp file, rename it over, write again)", async () => {
    let calls = 0;
    const watch = watchFolder(dir, () => calls++, { debounceMs: 150, accept: (name) => name.endsWith('.yaml') });
    try {
      writeFileSync(join(dir, 'a.yaml.tmp'), 'x: 1\n');
      renameSync(join(dir, 'a.yaml.tmp'), join(dir, 'a.yaml'));
      writeFileSync(join(dir, 'a.yaml'), 'x: 2\n');
      await sleep(600);
      expect(calls).toBe(1);
      writeFileSync(join(dir, 'a.yaml'), 'x: 3\n');
      await sleep(600);
      expect(calls).toBe(2);
    } finally {
      watch.close();
    }
  });

  it('ignores files the filter refuses, and nothing is called after close', async () => {
    let calls = 0;
    const watch = watchFolder(dir, () => calls++, { debounceMs: 50, accept: (name) => name.endsWith('.yaml') });
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    await sleep(300);
    expect(calls).toBe(0);
    watch.close();
    writeFileSync(join(dir, 'b.yaml'), 'x: 1\n');
    await sleep(300);
    expect(calls).toBe(0);
  });
});
