/** The storage key of a user's profile. Ids are encoded so no id can reach into another user's key. */
export function profileKey(channelId: string, userId: string): string {
  return `users/${encodeURIComponent(channelId)}/${encodeURIComponent(userId)}`;
}
