/** The tones a reply can take; `auto` in settings means "use what was learned". */
export const TONES = ['friendly', 'formal', 'concise', 'playful'] as const;
export type Tone = (typeof TONES)[number];

/** Why a reply has its tone: the user chose it, their mood asked for it, their writing suggested it, or nothing did. */
export const TONE_SOURCES = ['explicit', 'mood', 'learned', 'default'] as const;
export type ToneSource = (typeof TONE_SOURCES)[number];
