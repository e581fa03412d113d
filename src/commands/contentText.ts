import { Content, replyVariants } from '../content/content';
import { renderTemplate } from '../content/renderTemplate';
import { ReplyValue } from '../vocabulary/reply';

/**
 * A short text from content for places that are not replies (card labels, button titles). The first
 * variant is used: labels must not change from one card to the next.
 */
export function contentText(content: Content, key: string, values: Record<string, string> = {}): string {
  const [first] = replyVariants(content, key);
  return first ? renderTemplate(first.text, values) : key;
}

/** A reply value as text: a plain value as is, a reference to content as that content's text. */
export function valueText(content: Content, value: ReplyValue): string {
  return typeof value === 'object' ? contentText(content, value.key) : String(value);
}
