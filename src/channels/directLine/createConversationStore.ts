import type { PostgresDatabase } from '../../storage/postgres/postgresDatabase';
import { Clock } from '../../util/clock';
import { ConversationLimits, ConversationStore } from './conversationStore';
import { MemoryConversationStore } from './memoryConversationStore';
import { PostgresConversationStore } from './postgresConversationStore';

/** In the database when the profiles are there (several instances share it), in this process's memory otherwise. */
export function createConversationStore(database: PostgresDatabase | undefined, clock: Clock, limits: ConversationLimits): ConversationStore {
  return database ? new PostgresConversationStore(database, clock, limits) : new MemoryConversationStore(clock, limits);
}
