import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { BotSdk } from '../../src/config/loadConfig';
import type { ActivityJson } from '../../src/protocol/activity';
import type { BotEdge, EdgeBot, EdgeFactory } from '../../src/protocol/botEdge';
import { botbuilderLogic, turnErrorHandler } from '../../src/sdk/botbuilder/botbuilderEdge';

/**
 * The SDK the conversation, HTTP and channel suites run on: botbuilder, or the Agents SDK when
 * RAPPORT_TEST_SDK=agents (the jest project "agents" sets it, so every such suite runs on both).
 */
export const SDK_UNDER_TEST: BotSdk = process.env.RAPPORT_TEST_SDK === 'agents' ? 'agents' : 'botbuilder';

/** Scripted conversation steps, as botbuilder's TestFlow has them. */
export interface ConversationFlow {
  send(activity: string | Partial<Activity>): ConversationFlow;
  assertReply(check: (activity: Partial<Activity>) => void): ConversationFlow;
  startTest(): Promise<void>;
}

/** What the conversation tests use of botbuilder's TestAdapter; the Agents SDK stand-in has the same. */
export interface TestChannel {
  send(activity: string | Partial<Activity>): ConversationFlow;
  receiveActivity(activity: string | Partial<Activity>): Promise<void>;
  readonly activeQueue: Array<Partial<Activity>>;
}

/** The bot on the SDK under test, with `template` fields on every activity (they win, as in TestAdapter). */
export function createTestChannel(bot: EdgeBot, template: Partial<Activity>, sdk: BotSdk = SDK_UNDER_TEST): TestChannel {
  if (sdk === 'agents') return new AgentsTestChannel(agentsEdgeFactory()(bot, { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' }), template);
  const adapter = new TestAdapter(botbuilderLogic(bot), template);
  adapter.onTurnError = turnErrorHandler(bot);
  return adapter;
}

/**
 * The Agents SDK has no TestAdapter: each activity goes through the real adapter's `process()` (the
 * /api/messages path, anonymous as without an app id) with expectReplies, and the replies are queued.
 */
class AgentsTestChannel implements TestChannel {
  readonly activeQueue: Array<Partial<Activity>> = [];
  private nextId = 0;

  constructor(
    private readonly edge: BotEdge,
    private readonly template: Partial<Activity>,
  ) {}

  async receiveActivity(activity: string | Partial<Activity>): Promise<void> {
    const fields = typeof activity === 'string' ? { text: activity } : activity;
    const inbound = { type: 'message', id: String(this.nextId++), timestamp: new Date().toISOString(), ...fields, ...this.template, deliveryMode: 'expectReplies' } as ActivityJson;
    const result = await this.edge.processInbound('', inbound);
    if (result.kind !== 'answered') throw new Error(`the Agents SDK edge did not run the turn: ${result.kind}`);
    const body = result.body as { activities?: Array<Partial<Activity>> } | undefined;
    this.activeQueue.push(...(body?.activities ?? []));
  }

  send(activity: string | Partial<Activity>): ConversationFlow {
    return new Flow(this, Promise.resolve()).send(activity);
  }
}

class Flow implements ConversationFlow {
  constructor(
    private readonly channel: TestChannel,
    private readonly previous: Promise<void>,
  ) {}

  send(activity: string | Partial<Activity>): ConversationFlow {
    return new Flow(this.channel, this.previous.then(() => this.channel.receiveActivity(activity)));
  }

  assertReply(check: (activity: Partial<Activity>) => void): ConversationFlow {
    return new Flow(
      this.channel,
      this.previous.then(() => {
        const reply = this.channel.activeQueue.shift();
        if (!reply) throw new Error('expected a reply, got none');
        check(reply);
      }),
    );
  }

  startTest(): Promise<void> {
    return this.previous;
  }
}

/** Loaded only when used, as the app loads only the chosen SDK: the botbuilder runs never load the Agents SDK. */
function agentsEdgeFactory(): EdgeFactory {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load on purpose
  return (require('../../src/sdk/agents/agentsEdge') as typeof import('../../src/sdk/agents/agentsEdge')).createAgentsEdge;
}
