import { Entity, ModelInfo, Recognition, Recognizer } from './recognizer';

/** Checks and normalizes a captured slot value; undefined means "not a valid value, no match". */
export type SlotValidator = (value: string) => string | undefined;

/** A slot's check, and the entity type its value is reported as when that is not the slot's own name. */
export type SlotDefinition = SlotValidator | { validate: SlotValidator; entityType: string };

interface CompiledPattern {
  intent: string;
  regex: RegExp;
  slots: string[];
}

// Lazy, so that "my {pet}'s name is {petname}" leaves the apostrophe to the text after the slot.
const SLOT_CAPTURE = "([\\p{L}][\\p{L}'’ -]{0,60}?)";

/**
 * Patterns from dialogs/ such as "call me {name}" match the whole message and capture slots.
 * They run before the classifier: a sentence that fits a pattern exactly is not a guess.
 */
export class PatternRecognizer implements Recognizer {
  private readonly patterns: CompiledPattern[];

  constructor(
    patterns: ReadonlyArray<{ intent: string; pattern: string }>,
    private readonly validators: Record<string, SlotDefinition>,
    private readonly fallback: Recognizer,
  ) {
    this.patterns = patterns.map(({ intent, pattern }) => compile(intent, pattern));
  }

  get info(): ModelInfo | undefined {
    return this.fallback.info;
  }

  async recognize(text: string): Promise<Recognition> {
    const cleaned = text.trim().replace(/[.!?]+$/u, '').trim();
    for (const pattern of this.patterns) {
      const entities = this.match(pattern, cleaned);
      if (entities) {
        const fromFallback = await this.fallback.recognize(text);
        return { ...fromFallback, intent: pattern.intent, score: 1, intents: [{ intent: pattern.intent, score: 1 }], entities: [...entities, ...fromFallback.entities] };
      }
    }
    return this.fallback.recognize(text);
  }

  private match(pattern: CompiledPattern, text: string): Entity[] | undefined {
    const match = pattern.regex.exec(text);
    if (!match) return undefined;
    const entities: Entity[] = [];
    for (const [index, slot] of pattern.slots.entries()) {
      const typed = (match[index + 1] ?? '').trim();
      const definition = this.validators[slot];
      const validate = typeof definition === 'function' ? definition : definition?.validate;
      const value = validate ? validate(typed) : typed;
      if (value === undefined) return undefined;
      entities.push({ type: typeof definition === 'object' ? definition.entityType : slot, value, text: typed });
    }
    return entities;
  }
}

function compile(intent: string, pattern: string): CompiledPattern {
  const slots: string[] = [];
  const source = pattern
    .trim()
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const slot = /^\{([a-z]+)\}$/.exec(part);
      if (slot) {
        slots.push(slot[1]);
        return SLOT_CAPTURE;
      }
      return escapeRegExp(part).replace(/'/g, "['’]?").replace(/\s+/g, '\\s+');
    })
    .join('');
  return { intent, regex: new RegExp(`^${source}$`, 'iu'), slots };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
