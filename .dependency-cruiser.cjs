// The layers of src/, bottom first: a module may import from its own layer and the layers below it,
// never from above. `npm run lint` runs this check; README "Project layout" draws the same picture.
const LAYERS = [
  { name: 'util', paths: ['src/util/', 'src/types/'], what: 'clock, random, logger, errors, local time' },
  { name: 'config', paths: ['src/config/'], what: 'the environment, validated once' },
  { name: 'vocabulary', paths: ['src/vocabulary/'], what: 'shared words: tones, stages, moods, times of day, explanations, replies' },
  { name: 'storage', paths: ['src/storage/'], what: "botbuilder Storage backends" },
  { name: 'profile', paths: ['src/profile/'], what: 'the profile model, its changes and repository' },
  { name: 'content', paths: ['src/content/'], what: 'dialogs/, variants, templates, topics' },
  { name: 'nlu', paths: ['src/nlu/'], what: 'recognizers' },
  { name: 'personalization', paths: ['src/personalization/'], what: 'reply context, learners, catalog, recommendations' },
  { name: 'commands', paths: ['src/commands/'], what: 'slash commands and their registry' },
  { name: 'pipeline', paths: ['src/pipeline/'], what: 'the turn and its stages' },
  { name: 'protocol', paths: ['src/protocol/'], what: 'activities as plain JSON, the SDK-neutral edge contract' },
  { name: 'edge', paths: ['src/bot/', 'src/server/'], what: 'the bot (SDK-neutral), the HTTP server' },
  { name: 'notify', paths: ['src/notify/'], what: 'push messages outside a turn' },
  { name: 'channels', paths: ['src/channels/'], what: 'Direct Line, Web Chat, Slack, Teams' },
  { name: 'ops', paths: ['src/ops/'], what: 'metrics, traces and the insights page: watching the bot from outside' },
  { name: 'sdk', paths: ['src/sdk/'], what: 'one edge per Bot Framework SDK: botbuilder, the M365 Agents SDK' },
  { name: 'app', paths: ['src/app\\.ts$', 'src/createRapport\\.ts$'], what: 'wiring' },
  { name: 'entry', paths: ['src/index\\.ts$', 'src/cli/'], what: 'the server process and the command-line tools' },
];

const pathsOf = (layers) => layers.flatMap((layer) => layer.paths.map((path) => `^${path}`));

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} (${layer.what}) may only import from ${LAYERS.slice(0, i).map((l) => l.name).join(', ') || 'nothing else in src/'}, not from layers above it`,
  severity: 'error',
  from: { path: pathsOf([layer]) },
  to: { path: pathsOf(LAYERS.slice(i + 1)) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle means two modules cannot be understood (or tested) apart; move the shared part down a layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'botbuilder-only-in-its-edge',
      comment: 'botbuilder (and botframework-*) is imported only by src/sdk/botbuilder/: the core and the rest of the edge take plain activities (src/protocol/), so they run on either SDK.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/sdk/botbuilder/' },
      // botframework-webchat is the chat page's browser bundle, not the SDK.
      to: { path: 'node_modules/(botbuilder|botframework-(?!webchat))' },
    },
    {
      name: 'agents-sdk-only-in-its-edge',
      comment: 'The Microsoft 365 Agents SDK (@microsoft/agents-*) is imported only by src/sdk/agents/.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/sdk/agents/' },
      to: { path: 'node_modules/@microsoft/agents-' },
    },
    {
      name: 'sdk-edges-apart',
      comment: 'Each SDK edge stands alone: only the chosen one is loaded at start-up (src/sdk/loadEdge.ts).',
      severity: 'error',
      from: { path: '^src/sdk/(botbuilder|agents)/' },
      to: { path: '^src/sdk/', pathNot: '^src/sdk/$1/' },
    },
    {
      name: 'edge-bot-not-server',
      comment: 'The bot and the HTTP server are separate: the server takes any BotEdge.',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'edge-server-not-bot',
      comment: 'The HTTP server takes an SDK edge (src/protocol/botEdge.ts), not Rapport\'s bot.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/bot/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type from above is still an arrow pointing up.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
