/** How a person seems to feel lately, from the sentiment of their messages. */
export const MOODS = ['positive', 'neutral', 'frustrated'] as const;
export type Mood = (typeof MOODS)[number];
