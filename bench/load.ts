import autocannon from 'autocannon';

export interface LoadResult {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One message from one of `users` users, with expectReplies so the replies come back in the response. */
export function messageBody(userIndex: number, turn: number): string {
  const userId = `bench-user-${userIndex}`;
  return JSON.stringify({
    type: 'message',
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9',
    from: { id: userId },
    recipient: { id: 'rapport' },
    conversation: { id: `bench-${userId}` },
    text: turn % 3 === 0 ? 'hello' : turn % 3 === 1 ? "what's my name?" : 'thanks a lot',
    deliveryMode: 'expectReplies',
  });
}

/** Drives POST /api/messages with the same mix of users and messages, whatever the server. */
export async function drive(url: string, options: { connections: number; seconds: number; users: number }): Promise<LoadResult> {
  let turn = 0;
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          turn += 1;
          return { ...request, body: messageBody(turn % options.users, turn) };
        },
      },
    ],
  });
  return {
    turnsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `turns` turns one after another on one connection, from existing users; the time of each, in ms. */
export async function sequentialLatency(url: string, users: number, turns: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < turns; i++) {
    const user = Math.floor((i * 7919) % users);
    const started = performance.now();
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: messageBody(user, i) });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`turn failed with HTTP ${res.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
