/** A small Direct Line v3 client for tests, speaking to the bot's built-in endpoint like Web Chat does. */
export interface DirectLineActivity {
  id?: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  suggestedActions?: { actions: Array<{ title?: string; value?: unknown }> };
  channelData?: Record<string, unknown>;
}

export interface Issued {
  conversationId: string;
  token: string;
  expires_in: number;
}

export function directLine(baseUrl: string) {
  const base = `${baseUrl}/v3/directline`;
  const headers = (token?: string): Record<string, string> => ({ 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) });
  return {
    generate: (userId: string) => fetch(`${base}/tokens/generate`, { method: 'POST', headers: headers(), body: JSON.stringify({ user: { id: userId } }) }),
    start: (token?: string) => fetch(`${base}/conversations`, { method: 'POST', headers: headers(token) }),
    refresh: (token: string) => fetch(`${base}/tokens/refresh`, { method: 'POST', headers: headers(token) }),
    post: (conversationId: string, token: string, activity: unknown) =>
      fetch(`${base}/conversations/${conversationId}/activities`, { method: 'POST', headers: headers(token), body: typeof activity === 'string' ? activity : JSON.stringify(activity) }),
    reconnect: (conversationId: string, token?: string) => fetch(`${base}/conversations/${conversationId}`, { headers: headers(token) }),
    get: (conversationId: string, token: string, watermark?: string) =>
      fetch(`${base}/conversations/${conversationId}/activities${watermark !== undefined ? `?watermark=${watermark}` : ''}`, { headers: headers(token) }),
  };
}

export function say(userId: string, text: string): DirectLineActivity {
  return { type: 'message', text, from: { id: userId } };
}
