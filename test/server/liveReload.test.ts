import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseDocument } from 'yaml';
import { captureLogs, CapturedLogs } from '../helpers/capturedLogs';
import { DIALOGS_DIR } from '../helpers/testRapport';
import { startTestServer, TestServer } from '../helpers/testServer';

// A writer's edit as the test's own content: the marker only exists in the edited copy of dialogs/.
const EDITED = 'Edited while running: thanks noted.';

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('live reload of dialogs/ (DIALOGS_WATCH=true)', () => {
  let dir: string;
  let cache: string;
  let server: TestServer;
  let logs: CapturedLogs;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-dialogs-'));
    cache = mkdtempSync(join(tmpdir(), 'rapport-nlu-'));
    cpSync(DIALOGS_DIR, dir, { recursive: true, filter: (source) => !source.includes(`${DIALOGS_DIR}/tests`) });
    logs = captureLogs();
    server = await startTestServer({ DIALOGS_DIR: dir, DIALOGS_WATCH: 'true', NLU_CACHE_DIR: cache }, { logger: logs.logger });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const contentProblems = async () => ((await (await fetch(`${server.url}/webchat/content-status`)).json()) as { problems: string[] }).problems;

  it('a saved reply is live within seconds; a broken edit keeps the last good content and is shown with file:line', async () => {
    await server.say('writer-1', 'hello');
    expect((await server.say('writer-1', 'thanks')).join('\n')).not.toContain(EDITED);

    // Save: the same file with the thanks reply reworded.
    const file = join(dir, 'smalltalk.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['replies', 'thanks'], [EDITED]);
    writeFileSync(file, doc.toString());
    // No stopwatch here (a loaded CI machine is slow): the model comes from the cache, checked below.
    await eventually('the edited reply', async () => ((await server.say('writer-1', 'thanks')).join('\n').includes(EDITED) ? true : undefined));
    // Only replies changed: the intent model comes from the cache (keyed by the examples), not retrained.
    expect(logs.withCode('DIALOGS_RELOADED')).toEqual([expect.objectContaining({ nlu: expect.objectContaining({ source: 'cache' }) })]);

    // A broken edit: bad YAML on line 3 of a new file. The bot keeps answering from the last good content.
    writeFileSync(join(dir, 'zz.yaml'), 'replies:\n  thanks:\n    - [unclosed\n');
    const shown = await eventually('the problem on the page', async () => ((await contentProblems()).length > 0 ? contentProblems() : undefined));
    expect(shown).toEqual([expect.stringMatching(/zz\.yaml:\d+: YAML: /)]);
    expect(logs.withCode('DIALOGS_INVALID')).toEqual([expect.objectContaining({ problems: [expect.stringMatching(/zz\.yaml:\d+: YAML: /)] })]);
    expect((await server.say('writer-1', 'thanks')).join('\n')).toContain(EDITED);

    // A reply defined twice is refused with both the file and the line too.
    writeFileSync(join(dir, 'zz.yaml'), '# a second thanks\nreplies:\n  thanks: [again]\n');
    await eventually('the duplicate reported', async () => ((await contentProblems()).some((line) => /zz\.yaml:3: reply "thanks" is defined twice/.test(line)) ? true : undefined));
    expect((await server.say('writer-1', 'thanks')).join('\n')).toContain(EDITED);

    // Fixed: the problem goes away and the content reloads.
    unlinkSync(join(dir, 'zz.yaml'));
    await eventually('the problems cleared', async () => ((await contentProblems()).length === 0 ? true : undefined));
    expect(logs.withCode('DIALOGS_RELOADED')).toHaveLength(2);
  }, 60_000);

  it('a new example for an intent retrains the model with it', async () => {
    const file = join(dir, 'smalltalk.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const examples = doc.getIn(['intents', 'thanks', 'examples']) as { add(value: string): void };
    examples.add('mighty grateful to you, friend');
    const before = logs.withCode('DIALOGS_RELOADED').length;
    writeFileSync(file, doc.toString());
    await eventually('a reload', async () => (logs.withCode('DIALOGS_RELOADED').length > before ? true : undefined));
    expect(server.app.rapport.content().intents.get('thanks')?.examples).toContain('mighty grateful to you, friend');
    // Push messages and broadcasts read the same, reloaded content.
    expect(server.app.rapport.notify.content()).toBe(server.app.rapport.content());
    expect(logs.withCode('DIALOGS_RELOADED').at(-1)).toEqual(expect.objectContaining({ nlu: expect.objectContaining({ source: 'trained' }) }));
  }, 60_000);
});

describe('without DIALOGS_WATCH', () => {
  it('nothing is watched and the content status says so', async () => {
    const server = await startTestServer();
    try {
      expect(server.app.dialogsWatch).toBeUndefined();
      const response = await fetch(`${server.url}/webchat/content-status`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ watching: false, problems: [] });
    } finally {
      await server.close();
    }
  });
});
