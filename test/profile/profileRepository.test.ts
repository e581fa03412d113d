import { ProfileRepository } from '../../src/profile/profileRepository';
import { PostgresDatabase } from '../../src/storage/postgres/postgresDatabase';
import { PostgresStorage } from '../../src/storage/postgres/postgresStorage';
import { seededRandom } from '../../src/util/random';
import { describePostgres, testSchema, TestSchema } from '../helpers/postgres';

const seen = { type: 'turnSeen', at: '2026-01-05T09:00:00.000Z', lapsedAfterMs: 86_400_000 } as const;

describePostgres('ProfileRepository on several instances (one PostgreSQL database)', () => {
  let schema: TestSchema;
  let databases: PostgresDatabase[];

  beforeAll(async () => {
    schema = testSchema();
    databases = [];
    // Three pools, as three processes would have.
    for (let i = 0; i < 3; i++) databases.push(await PostgresDatabase.open(schema.url));
  });
  afterAll(async () => {
    await Promise.all((databases ?? []).map((database) => database.close()));
    await schema?.drop();
  });

  it('loses no update when turns of one user save on three instances at once, and retries from the eTag', async () => {
    const repositories = databases.map((database, i) => new ProfileRepository(new PostgresStorage(database), seededRandom(i + 1)));
    let retries = 0;
    for (const repository of repositories) repository.onSaveRetried(() => retries++);
    // Each "turn" loads, works a moment (as a turn does between load and save), then saves its change.
    await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        repositories[i % 3]?.exclusive('webchat', 'ana', async (access) => {
          const loaded = await access.load();
          await new Promise((resolve) => setTimeout(resolve, 1));
          await access.save(loaded, [seen]);
        }),
      ),
    );
    const { profile } = await (repositories[0] as ProfileRepository).load('webchat', 'ana');
    expect(profile.lifecycle.turnCount).toBe(90);
    expect(retries).toBeGreaterThan(0);
  });

  it('creates a new user once when two instances see them first at the same time', async () => {
    const [a, b] = databases.map((database) => new ProfileRepository(new PostgresStorage(database), seededRandom(7)));
    if (!a || !b) throw new Error('two repositories expected');
    const [first, second] = await Promise.all([a.load('webchat', 'new'), b.load('webchat', 'new')]);
    await Promise.all([a.save(first, [seen]), b.save(second, [seen])]);
    expect((await a.load('webchat', 'new')).profile.lifecycle.turnCount).toBe(2);
  });
});
