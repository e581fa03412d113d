import { message, TestServer, startTestServer } from '../../helpers/testServer';
import { DirectLineActivity, Issued, directLine, say } from './directLineClient';

interface DebugData {
  turn?: { by: string; intent?: { name: string; score: number; runnerUp?: { name: string } }; entities: string[]; facts: string[]; changes: string[] };
  reply: { key: string; variants: string[]; tones: string[]; matched: string[] };
}

const botMessages = (activities: DirectLineActivity[]) => activities.filter((a) => a.type === 'message' && a.from.role === 'bot');
const debugOf = (activity: DirectLineActivity | undefined) => activity?.channelData?.rapportDebug as DebugData | undefined;

async function chat(server: TestServer, userId: string) {
  const dl = directLine(server.url);
  const generated = (await (await dl.generate(userId)).json()) as Issued;
  const conversation = (await (await dl.start(generated.token)).json()) as Issued;
  let watermark: string | undefined;
  return {
    /** Sends a message, asking for the debug view or not, and returns the bot's answers to it. */
    async send(text: string, debug: boolean): Promise<DirectLineActivity[]> {
      const posted = await dl.post(conversation.conversationId, conversation.token, { ...say(userId, text), ...(debug ? { channelData: { clientActivityID: 'c', rapportDebug: true } } : {}) });
      expect(posted.status).toBe(200);
      const read = (await (await dl.get(conversation.conversationId, conversation.token, watermark)).json()) as { activities: DirectLineActivity[]; watermark: string };
      watermark = read.watermark;
      return botMessages(read.activities);
    },
  };
}

describe('the debug view (DEBUG_VIEW=true, development)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ DEBUG_VIEW: 'true' });
  });
  afterAll(() => server.close());

  it('says under each reply of a message that asks why it came out so: intent, reply key, variant, conditions, profile changes', async () => {
    const dana = await chat(server, 'debug-dana');
    const [named] = await dana.send('call me Dana', true);
    const debug = debugOf(named);
    expect(debug?.reply).toEqual({ key: 'name.saved', variants: [expect.stringMatching(/^name\.saved:friendly:\d+$/)], tones: ['friendly'], matched: expect.any(Array) });
    expect(debug?.turn?.changes).toEqual(expect.arrayContaining([expect.stringMatching(/^setName name=Dana source=explicit/)]));

    const [noted] = await dana.send('I have a dog called Rex', true);
    expect(debugOf(noted)?.turn).toEqual(expect.objectContaining({ by: 'memory', facts: ['pet=Rex (dog)'] }));

    const [recommended] = await dana.send('recommend something about cooking', true);
    const turn = debugOf(recommended)?.turn;
    expect(turn?.intent).toEqual({ name: 'askTopic', score: expect.any(Number), runnerUp: { name: expect.any(String), score: expect.any(Number) } });
    expect(turn?.entities).toContain('topic=cooking');
  });

  it('says nothing extra when the message does not ask, and never on another person\'s conversation', async () => {
    const robin = await chat(server, 'debug-robin');
    const sam = await chat(server, 'debug-sam');
    expect((await robin.send('hello', false)).every((a) => a.channelData === undefined)).toBe(true);
    await robin.send('call me Robin', true);
    // Sam's conversation holds only Sam's turns; Robin's reasons never reach it.
    const samReplies = await sam.send('hello', false);
    expect(samReplies.length).toBeGreaterThan(0);
    expect(JSON.stringify(samReplies)).not.toMatch(/Robin|rapportDebug/);
  });
});

describe('without DEBUG_VIEW (the default, and always in production)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('ignores the request on the chat page and on /api/messages', async () => {
    const lee = await chat(server, 'debug-lee');
    const replies = await lee.send('call me Lee', true);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((a) => a.channelData === undefined)).toBe(true);

    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...message('debug-kim', 'call me Kim'), channelData: { rapportDebug: true }, deliveryMode: 'expectReplies' }) });
    const body = (await res.json()) as { activities: DirectLineActivity[] };
    expect(body.activities.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.activities)).not.toContain('rapportDebug');
  });
});
