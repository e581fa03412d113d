import { loadConfig } from '../../src/config/loadConfig';
import { problemsOf } from '../helpers/configProblems';


describe('push message configuration', () => {
  it('has safe defaults: scheduler on, broadcasts off', () => {
    expect(loadConfig({}).notify).toEqual({ apiToken: '', tickSeconds: 60, digestTime: '08:00', maxPerDay: 2, maxPerWeek: 8, maxAttempts: 5, retrySeconds: 30, batchSize: 200 });
    expect(loadConfig({}).defaultTimeZone).toBe('UTC');
  });

  it('reports every push problem at once', () => {
    const problems = problemsOf({ NOTIFY_API_TOKEN: 'short', NOTIFY_DIGEST_TIME: '8am', NOTIFY_MAX_PER_DAY: '9', NOTIFY_MAX_PER_WEEK: '3', NOTIFY_TICK_SECONDS: '-1', DEFAULT_TIME_ZONE: 'Mars/Olympus' });
    const fields = problems.map((problem) => problem.split(':')[0]);
    expect(fields).toEqual(expect.arrayContaining(['NOTIFY_API_TOKEN', 'NOTIFY_DIGEST_TIME', 'NOTIFY_MAX_PER_DAY', 'NOTIFY_TICK_SECONDS', 'DEFAULT_TIME_ZONE']));
  });
});
