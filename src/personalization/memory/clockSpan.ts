import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';

/**
 * The time of day a time said in a note holds, as the recognizer reads it: "8pm" of "every Wednesday at 8pm",
 * "1-5pm" of "Thursday 1-5pm", "noon" of "noon walk every day". Undefined when it holds none ("Tuesday",
 * "every 6 months"). For "what time …?", which a day does not answer.
 */
export function clockSpan(said: string): string | undefined {
  const words = said.split(/\s+/).filter(Boolean);
  // The longest run of its words read as a time of day alone, the whole first.
  for (let length = words.length; length > 0; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const part = words.slice(start, start + length).join(' ');
      const found = recognizeDateTime(part, Culture.English).find((one) => CLOCK_TYPES.has(one.typeName));
      if (found) return part.slice(found.start, found.end + 1);
    }
  }
  return undefined;
}

/** What the recognizer calls a time of day or a span of one. */
const CLOCK_TYPES = new Set(['datetimeV2.time', 'datetimeV2.timerange']);
