import { loadConfig } from '../../src/config/loadConfig';
import { problemsOf } from '../helpers/configProblems';


describe('loadConfig', () => {
  it('has defaults that run locally: port 3978, loopback, embedded store', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, host: '127.0.0.1', storageUrl: 'file:data/state/rapport.json', unauthenticated: true, logLevel: 'info' });
  });

  it('binds all interfaces once an app id authenticates callers', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.unauthenticated).toBe(false);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', STORAGE_URL: 'ftp://x', MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'id' });
    const fields = problems.map((p) => p.split(':')[0]);
    expect(fields).toEqual(expect.arrayContaining(['PORT', 'LOG_LEVEL', 'STORAGE_URL', 'MicrosoftAppPassword', 'MicrosoftAppTenantId']));
  });

  it('refuses production without an app id', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^MicrosoftAppId: required when NODE_ENV=production/)]);
  });

  it('watches dialogs/ only when asked (npm run dev sets DIALOGS_WATCH=true), in production too', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' };
    expect(loadConfig({}).dialogsWatch).toBe(false);
    expect(loadConfig(production).dialogsWatch).toBe(false);
    expect(loadConfig({ DIALOGS_WATCH: 'true' }).dialogsWatch).toBe(true);
    expect(loadConfig({ ...production, DIALOGS_WATCH: 'true' }).dialogsWatch).toBe(true);
    expect(problemsOf({ DIALOGS_WATCH: 'yes' })).toEqual([expect.stringMatching(/^DIALOGS_WATCH: /)]);
  });

  it('counts unmatched messages in development, and elsewhere only when INSIGHTS_UNMATCHED=true', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' };
    expect(loadConfig({}).insightsUnmatched).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).insightsUnmatched).toBe(false);
    expect(loadConfig(production).insightsUnmatched).toBe(false);
    expect(loadConfig({ ...production, INSIGHTS_UNMATCHED: 'true' }).insightsUnmatched).toBe(true);
    expect(loadConfig({ INSIGHTS_UNMATCHED: 'false' }).insightsUnmatched).toBe(false);
  });

  it('shows the debug view only when asked (npm run dev sets DEBUG_VIEW=true), and never in production', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' };
    expect(loadConfig({}).debugView).toBe(false);
    expect(loadConfig({ DEBUG_VIEW: 'true' }).debugView).toBe(true);
    expect(loadConfig(production).debugView).toBe(false);
    expect(problemsOf({ ...production, DEBUG_VIEW: 'true' })).toEqual([expect.stringMatching(/^DEBUG_VIEW: not allowed when NODE_ENV=production/)]);
  });

  it('runs on botbuilder unless BOT_SDK names the Agents SDK, and names the choices when it is wrong', () => {
    expect(loadConfig({}).botSdk).toBe('botbuilder');
    expect(loadConfig({ BOT_SDK: 'agents' }).botSdk).toBe('agents');
    expect(problemsOf({ BOT_SDK: 'teams-ai', PORT: 'abc' })).toEqual(expect.arrayContaining(['BOT_SDK: must be one of botbuilder, agents', expect.stringMatching(/^PORT/)]));
  });

  it('treats empty strings as unset, as .env files write them', () => {
    expect(loadConfig({ MicrosoftAppId: '', PORT: '' }).port).toBe(3978);
  });

  it('validates allowed service URLs', () => {
    expect(problemsOf({ ALLOWED_SERVICE_URLS: 'https://ok.example.com, nope' })).toEqual(['ALLOWED_SERVICE_URLS: "nope" is not a URL']);
  });

  it('takes OPERATOR_NAME as plain text only, shown to users as who runs the bot', () => {
    expect(loadConfig({ OPERATOR_NAME: ' Contoso Support ' }).operator).toBe('Contoso Support');
    expect(loadConfig({}).operator).toBe('');
    for (const hostile of ['{{#x}}', '<script>', 'x'.repeat(101)]) expect(problemsOf({ OPERATOR_NAME: hostile })).toEqual([expect.stringMatching(/^OPERATOR_NAME: /)]);
  });

  it('takes METRICS_TOKEN only as a long secret, and waits before the drain only in production by default', () => {
    expect(problemsOf({ METRICS_TOKEN: 'short' })).toEqual([expect.stringMatching(/^METRICS_TOKEN: must be at least 24/)]);
    expect(loadConfig({}).metricsToken).toBe('');
    expect(loadConfig({}).shutdownDelaySeconds).toBe(0);
    expect(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).shutdownDelaySeconds).toBe(5);
    expect(loadConfig({ SHUTDOWN_DELAY_SECONDS: '2.5' }).shutdownDelaySeconds).toBe(2.5);
    expect(problemsOf({ SHUTDOWN_DELAY_SECONDS: '-1' })).toEqual([expect.stringMatching(/^SHUTDOWN_DELAY_SECONDS: /)]);
    expect(problemsOf({ ADMIN_TOKEN: 'admin' })).toEqual([expect.stringMatching(/^ADMIN_TOKEN: must be at least 24/)]);
    expect(loadConfig({}).adminToken).toBe('');
  });
});
