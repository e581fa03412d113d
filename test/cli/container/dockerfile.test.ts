import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { copyParts, envPairs, execForm, parseDockerfile } from '../../../src/cli/container/dockerfile';

// No Docker engine runs where these tests run: they check what the image is made of, and
// `npm run container:smoke` runs it (or replays its final stage) for real.
const ROOT = join(__dirname, '..', '..', '..');
const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const final = stages[stages.length - 1];
const of = (keyword: string) => final.instructions.filter((instruction) => instruction.keyword === keyword);
const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));

describe('the Dockerfile', () => {
  it('builds in one stage and runs from another, on the Node the project needs', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0].name).toBe('build');
    expect(stages[0].instructions.some((i) => i.keyword === 'RUN' && /npm ci(?! --omit)/.test(i.args))).toBe(true);
    expect(stages[0].instructions.some((i) => i.keyword === 'RUN' && i.args.includes('npm run build'))).toBe(true);
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    for (const stage of stages) expect(stage.from).toMatch(new RegExp(`^node:${/\d+/.exec(engines)?.[0]}\\.`));
  });

  it('installs production dependencies only in the final stage and copies the build from the first', () => {
    const installs = of('RUN').filter((i) => i.args.includes('npm ci'));
    expect(installs).toHaveLength(1);
    expect(installs[0].args).toMatch(/npm ci --omit=dev/);
    expect(of('COPY').map((i) => copyParts(i.args))).toContainEqual({ from: 'build', sources: ['/app/dist'], destination: './dist' });
  });

  it('copies what the bot reads at run time, and nothing the context leaves out', () => {
    const copied = of('COPY').filter((i) => !copyParts(i.args).from).flatMap((i) => copyParts(i.args).sources);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'dialogs', 'data', 'public']));
    for (const source of copied) {
      expect(existsSync(join(ROOT, source))).toBe(true);
      expect(ignored).not.toContain(source);
    }
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data/state', '.env', '.git']));
  });

  it('runs as the node user, under an init, with node itself as the command and a health check on /livez', () => {
    const user = of('USER');
    expect(user.map((i) => i.args)).toEqual(['node']);
    const cmd = of('CMD')[0];
    expect(user[0].line).toBeLessThan(cmd.line);
    expect(execForm(cmd.args)?.[0]).toBe('node');
    expect(execForm(of('ENTRYPOINT')[0].args)).toEqual(['/usr/bin/tini', '--']);
    expect(of('RUN').some((i) => /apt-get install .*\btini\b/.test(i.args))).toBe(true);
    const healthcheck = of('HEALTHCHECK')[0].args;
    expect(healthcheck).toContain('/livez');
    expect(healthcheck).toMatch(/CMD \["node"/);
  });

  it('keeps the store on a volume the node user can write, and listens beyond loopback', () => {
    const env = Object.fromEntries(of('ENV').flatMap((i) => envPairs(i.args)));
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '3978', STORAGE_URL: 'file:/app/data/state/rapport.json' });
    expect(of('VOLUME').map((i) => execForm(i.args))).toEqual([['/app/data/state']]);
    expect(of('RUN').some((i) => i.args.includes('chown node:node /app/data/state'))).toBe(true);
  });
});

describe('compose.yaml', () => {
  // Compose reads YAML merge keys (<<: *anchor), as the yaml package does with merge: true.
  const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, { volumes: string[]; ports: string[]; environment: Record<string, string>; build: string }>; volumes: Record<string, unknown> };

  it('runs the bot from this Dockerfile with its file store on a named volume, published on loopback only', () => {
    const bot = compose.services.rapport;
    expect(bot.build).toBe('.');
    const [volume, path] = bot.volumes[0].split(':');
    expect(compose.volumes).toHaveProperty(volume);
    expect(path).toBe('/app/data/state');
    expect(bot.environment.STORAGE_URL).toBe('file:/app/data/state/rapport.json');
    expect(bot.ports.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('runs two bots on one PostgreSQL store under the postgres profile', () => {
    const onPostgres = Object.entries(compose.services).filter(([, service]) => service.environment?.STORAGE_URL?.startsWith('postgres://'));
    expect(onPostgres.map(([name]) => name)).toEqual(['rapport-a', 'rapport-b']);
    expect(new Set(onPostgres.map(([, service]) => service.environment.STORAGE_URL)).size).toBe(1);
    expect(new Set(onPostgres.flatMap(([, service]) => service.ports)).size).toBe(2);
    expect(compose.services.postgres).toBeDefined();
  });

  it('puts a load balancer in front of both, whose upstreams are those two bots', () => {
    const balancer = compose.services['load-balancer'];
    expect(balancer.ports).toEqual(['127.0.0.1:3980:3978']);
    const [config] = (balancer.volumes as string[]).map((volume) => volume.split(':')[0] ?? '');
    const upstreams = [...readFileSync(join(ROOT, config ?? ''), 'utf8').matchAll(/^\s*server ([\w-]+):3978/gm)].map((match) => match[1]);
    expect(upstreams).toEqual(['rapport-a', 'rapport-b']);
  });
});

describe('parseDockerfile', () => {
  it('joins continuation lines, skips comments, and names stages', () => {
    const [stage] = parseDockerfile('# a comment\nFROM node:20 AS build\nRUN a \\\n  && b\nENV A=1 \\\n    B="two words"\n');
    expect(stage).toMatchObject({ from: 'node:20', name: 'build' });
    expect(stage.instructions.map((i) => [i.keyword, i.args, i.line])).toEqual([
      ['RUN', 'a && b', 3],
      ['ENV', 'A=1 B="two words"', 5],
    ]);
    expect(envPairs(stage.instructions[1].args)).toEqual([['A', '1'], ['B', 'two words']]);
    expect(execForm('node x.js')).toBeUndefined();
  });
});
