import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileStorage } from '../../src/storage/fileStorage';
import { firstLineMatching, spawnTsChild, whenClosed } from './fixtures/childProcess';

describe('FileStorage process lock', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rapport-lock-'));
    file = path.join(dir, 'store.json');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a store held by another live process, naming its pid, and takes it over after kill -9', async () => {
    const holder = spawnTsChild('lockHolderChild.ts', [file]);
    const closed = whenClosed(holder);
    const [, pid] = await firstLineMatching(holder, /^ready (\d+)$/);

    await expect(FileStorage.open(file)).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining(`in use by process ${pid}`),
    });

    holder.kill('SIGKILL');
    await closed;
    const storage = await FileStorage.open(file);
    expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await storage.close();
  });

  it('refuses a second open of the same file within one process until the first is closed', async () => {
    const first = await FileStorage.open(file);

    await expect(FileStorage.open(file)).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining(String(process.pid)),
    });
    await expect(FileStorage.open(path.relative(process.cwd(), file))).rejects.toMatchObject({ code: 'STORE_LOCKED' });

    await first.close();
    const second = await FileStorage.open(file);
    await second.close();
  });

  it('removes its lock file on close', async () => {
    const storage = await FileStorage.open(file);
    await storage.close();

    await expect(stat(`${file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it("takes over a lock carrying this process's own pid left by an earlier run (same pid after a container restart)", async () => {
    await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, hostname: os.hostname() }));

    const storage = await FileStorage.open(file);
    await storage.close();
  });

  it('refuses a lock from another host and says how to clear it', async () => {
    await writeFile(`${file}.lock`, JSON.stringify({ pid: 4242, hostname: 'some-other-host' }));

    await expect(FileStorage.open(file)).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining(`delete ${file}.lock`),
    });
  });

  it('refuses an unreadable lock file instead of guessing', async () => {
    await writeFile(`${file}.lock`, '');

    await expect(FileStorage.open(file)).rejects.toMatchObject({ code: 'STORE_LOCKED' });
  });
});
