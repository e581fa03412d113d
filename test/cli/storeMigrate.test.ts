import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeMigrate } from '../../src/cli/storeMigrate';
import { FileStorage } from '../../src/storage/fileStorage';
import { PostgresDatabase } from '../../src/storage/postgres/postgresDatabase';
import { PostgresStorage } from '../../src/storage/postgres/postgresStorage';
import { describePostgres, testSchema, TestSchema } from '../helpers/postgres';

describePostgres('npm run store:migrate (file store into PostgreSQL)', () => {
  let dir: string;
  let schema: TestSchema;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-migrate-'));
    schema = testSchema();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await schema.drop();
  });

  it('copies every item once, keeps what the target has, and changes nothing when run again', async () => {
    const path = join(dir, 'rapport.json');
    const file = await FileStorage.open(path);
    const items: Record<string, object> = {};
    for (let i = 0; i < 1203; i++) items[`emulator/user-${i}`] = { profile: { name: `User ${i}`, text: 'ünïcödé \u0000 and "quotes"' } };
    items['notify/index/3'] = { entries: { 'emulator/user-1': { channelId: 'emulator', userId: 'user-1', due: null } } };
    await file.write(items);
    await file.close();

    const database = await PostgresDatabase.open(schema.url);
    const target = new PostgresStorage(database);
    await target.write({ 'emulator/user-7': { profile: { name: 'Already moved' } } });

    const lines: string[] = [];
    expect(await storeMigrate(`file:${path}`, schema.url, (line) => lines.push(line))).toEqual({ copied: 1203, skipped: 1 });
    expect(lines.at(-1)).toMatch(/^Copied 1203 items, skipped 1 the target had already/);
    const read = await target.read(['emulator/user-0', 'emulator/user-7', 'emulator/user-1202', 'notify/index/3']);
    expect(read['emulator/user-0']).toMatchObject({ profile: items['emulator/user-0'] && (items['emulator/user-0'] as { profile: object }).profile });
    expect(read['emulator/user-7'].profile.name).toBe('Already moved');
    expect(read['emulator/user-1202'].profile.name).toBe('User 1202');
    expect(read['notify/index/3']).toMatchObject(items['notify/index/3'] as object);

    expect(await storeMigrate(`file:${path}`, schema.url, () => undefined)).toEqual({ copied: 0, skipped: 1204 });
    await database.close();
    // About 2,400 round trips to PostgreSQL: seconds when the machine is idle, more than the 30 s default on a loaded one.
  }, 120_000);

  it('says what is wrong with a STORAGE_URL it cannot use', async () => {
    await expect(storeMigrate('redis://x', schema.url, () => undefined)).rejects.toThrow(/not supported/);
  });
});
