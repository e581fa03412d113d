import { randomBytes } from 'node:crypto';
import type { ActivityJson } from '../../protocol/activity';
import type { PostgresDatabase } from '../../storage/postgres/postgresDatabase';
import { Clock } from '../../util/clock';
import { ActivityPage, Conversation, ConversationLimits, ConversationStore, DEFAULT_LIMITS, inConversation, IssuedConversation } from './conversationStore';
import { hashToken, MAX_TRACKED_CLIENTS } from './memoryConversationStore';
import { RateWindows } from './rateWindows';

/** last_used is written at most this often per conversation: a page polling every second does not write every second. */
const LAST_USED_GRANULARITY_MS = 10_000;

interface ConversationRow {
  id: string;
  user_id: string | null;
  last_used: Date;
}

/**
 * The Web Chat page's Direct Line conversations in PostgreSQL (migration 2), shared by every instance on
 * the database: a page whose calls a load balancer sends to different instances sees one conversation.
 * A new activity is visible to the next poll on any instance (the page polls every second; nothing
 * waits on the server, so there is nothing to wake). Statements are parameterized; appending takes the
 * conversation's row lock, so sequence numbers (watermarks) have no gaps and no duplicates.
 */
export class PostgresConversationStore implements ConversationStore {
  private readonly conversations: string;
  private readonly tokens: string;
  private readonly activities: string;
  private readonly starts: RateWindows;
  private readonly calls: RateWindows;

  constructor(
    private readonly database: PostgresDatabase,
    private readonly clock: Clock,
    readonly limits: ConversationLimits = DEFAULT_LIMITS,
  ) {
    this.conversations = database.table('directline_conversations');
    this.tokens = database.table('directline_tokens');
    this.activities = database.table('directline_activities');
    this.starts = new RateWindows(clock, MAX_TRACKED_CLIENTS);
    this.calls = new RateWindows(clock, MAX_TRACKED_CLIENTS);
  }

  allowStart(client: string): boolean {
    return this.starts.allow(client, this.limits.maxStartsPerMinutePerClient);
  }

  async create(userId?: string): Promise<IssuedConversation | undefined> {
    const now = this.clock.now();
    if (!(await this.makeRoom(now))) return undefined;
    const id = randomBytes(12).toString('base64url');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.expiry(now);
    await this.database.transaction(async (client) => {
      await client.query(`INSERT INTO ${this.conversations} (id, user_id, last_used, expires_at) VALUES ($1, $2, $3, $4)`, [id, userId ?? null, now, expiresAt]);
      await client.query(`INSERT INTO ${this.tokens} (hash, conversation_id, expires_at) VALUES ($1, $2, $3)`, [hashToken(token), id, expiresAt]);
    });
    return this.describe({ id }, token);
  }

  authorize(conversationId: string, token: string): Promise<Conversation | undefined> {
    return this.byToken(token, conversationId);
  }

  authorizeToken(token: string): Promise<Conversation | undefined> {
    return this.byToken(token);
  }

  async refresh(conversation: Conversation): Promise<IssuedConversation> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.expiry(now);
    await this.database.transaction(async (client) => {
      // Keep the newest live token besides the new one: a page that refreshed may still have a poll in flight.
      await client.query(
        `DELETE FROM ${this.tokens} WHERE conversation_id = $1 AND hash NOT IN
           (SELECT hash FROM ${this.tokens} WHERE conversation_id = $1 AND expires_at > $2 ORDER BY expires_at DESC LIMIT 1)`,
        [conversation.id, now],
      );
      await client.query(`INSERT INTO ${this.tokens} (hash, conversation_id, expires_at) VALUES ($1, $2, $3)`, [hashToken(token), conversation.id, expiresAt]);
      await client.query(`UPDATE ${this.conversations} SET expires_at = greatest(expires_at, $2) WHERE id = $1`, [conversation.id, expiresAt]);
    });
    return this.describe(conversation, token);
  }

  describe(conversation: Conversation, token: string): IssuedConversation {
    return { conversationId: conversation.id, token, expires_in: this.limits.tokenTtlSeconds };
  }

  async bindUser(conversation: Conversation, userId: string): Promise<string> {
    const bound = await this.database.query<{ user_id: string }>(
      `UPDATE ${this.conversations} SET user_id = coalesce(user_id, $2) WHERE id = $1 RETURNING user_id`,
      [conversation.id, userId],
    );
    return bound.rows[0]?.user_id ?? userId;
  }

  async markJoined(conversation: Conversation): Promise<boolean> {
    const marked = await this.database.query(`UPDATE ${this.conversations} SET joined = true WHERE id = $1 AND NOT joined`, [conversation.id]);
    return marked.rowCount === 1;
  }

  async findOpen(conversationId: string): Promise<Conversation | undefined> {
    const { rows } = await this.database.query<ConversationRow>(`SELECT id, user_id, last_used FROM ${this.conversations} WHERE id = $1 AND expires_at > $2`, [conversationId, this.clock.now()]);
    return rows[0] && snapshot(rows[0]);
  }

  async append(conversation: Conversation, activity: ActivityJson): Promise<string | undefined> {
    // One statement: take the next sequence number under the row lock, trim the window, insert.
    const { rows } = await this.database.query<{ seq: number }>(
      `WITH next AS (
         UPDATE ${this.conversations} SET next_seq = next_seq + 1, dropped = greatest(dropped, next_seq + 1 - $3)
         WHERE id = $1 RETURNING next_seq - 1 AS seq, dropped
       ), trimmed AS (
         DELETE FROM ${this.activities} a USING next WHERE a.conversation_id = $1 AND a.seq < next.dropped
       )
       INSERT INTO ${this.activities} (conversation_id, seq, activity) SELECT $1, next.seq, $2 FROM next RETURNING seq`,
      [conversation.id, JSON.stringify(activity), this.limits.maxActivities],
    );
    const seq = rows[0]?.seq;
    return seq === undefined ? undefined : inConversation(activity, conversation.id, seq).id;
  }

  async since(conversation: Conversation, watermark: number, max: number): Promise<ActivityPage> {
    const { rows } = await this.database.query<{ dropped: number; seq: number | null; activity: ActivityJson | null }>(
      `SELECT c.dropped, a.seq, a.activity FROM ${this.conversations} c
       LEFT JOIN LATERAL (
         SELECT seq, activity FROM ${this.activities} WHERE conversation_id = c.id AND seq >= greatest($2::integer, c.dropped) ORDER BY seq LIMIT $3
       ) a ON true
       WHERE c.id = $1`,
      [conversation.id, watermark, max],
    );
    const first = rows[0];
    if (!first) return { activities: [], watermark: String(watermark) };
    const activities = rows.flatMap((row) => (row.seq === null || row.activity === null ? [] : [inConversation(row.activity, conversation.id, row.seq)]));
    return { activities, watermark: String(Math.max(watermark, first.dropped) + activities.length) };
  }

  allowPost(conversation: Conversation): boolean {
    return this.calls.allow(`post:${conversation.id}`, this.limits.maxPostsPerMinute);
  }

  allowPoll(conversation: Conversation): boolean {
    return this.calls.allow(`poll:${conversation.id}`, this.limits.maxPollsPerMinute);
  }


  async forgetUser(userId: string): Promise<void> {
    await this.database.transaction(async (client) => {
      const { rows } = await client.query<{ id: string }>(`UPDATE ${this.conversations} SET dropped = next_seq WHERE user_id = $1 RETURNING id`, [userId]);
      if (rows.length > 0) await client.query(`DELETE FROM ${this.activities} WHERE conversation_id = ANY($1::text[])`, [rows.map((row) => row.id)]);
    });
  }

  /** Conversations kept (tests). */
  async size(): Promise<number> {
    const { rows } = await this.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${this.conversations}`);
    return Number(rows[0]?.n ?? 0);
  }

  private async byToken(token: string, conversationId?: string): Promise<Conversation | undefined> {
    const now = this.clock.now();
    const { rows } = await this.database.query<ConversationRow>(
      `SELECT c.id, c.user_id, c.last_used FROM ${this.tokens} t JOIN ${this.conversations} c ON c.id = t.conversation_id
       WHERE t.hash = $1 AND t.expires_at > $2 AND ($3::text IS NULL OR t.conversation_id = $3)`,
      [hashToken(token), now, conversationId ?? null],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (now.getTime() - row.last_used.getTime() >= LAST_USED_GRANULARITY_MS) {
      await this.database.query(`UPDATE ${this.conversations} SET last_used = greatest(last_used, $2) WHERE id = $1`, [row.id, now]);
    }
    return snapshot(row);
  }

  /** Deletes expired conversations, then idle ones while full; false if all the rest are in use. */
  private async makeRoom(now: Date): Promise<boolean> {
    await this.database.query(`DELETE FROM ${this.conversations} WHERE expires_at <= $1`, [now]);
    const { rows } = await this.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${this.conversations}`);
    const excess = Number(rows[0]?.n ?? 0) - this.limits.maxConversations + 1;
    if (excess <= 0) return true;
    const idleSince = new Date(now.getTime() - this.limits.inUseSeconds * 1000);
    const dropped = await this.database.query(
      `DELETE FROM ${this.conversations} WHERE id IN (SELECT id FROM ${this.conversations} WHERE last_used <= $1 ORDER BY last_used LIMIT $2)`,
      [idleSince, excess],
    );
    return (dropped.rowCount ?? 0) >= excess;
  }

  private expiry(now: Date): Date {
    return new Date(now.getTime() + this.limits.tokenTtlSeconds * 1000);
  }
}

function snapshot(row: ConversationRow): Conversation {
  return row.user_id === null ? { id: row.id } : { id: row.id, userId: row.user_id };
}
