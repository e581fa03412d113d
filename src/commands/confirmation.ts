import { Content, contentList } from '../content/content';

export type Answer = 'yes' | 'no';

/** "yes", "Yes!", "yep, do it" → yes; from the `confirm.yes` and `confirm.no` lists in dialogs/. */
export function answerOf(text: string, content: Content): Answer | undefined {
  const typed = text
    .toLowerCase()
    .replace(/[.!?,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (contentList(content, 'confirm.yes').some((word) => word.toLowerCase() === typed)) return 'yes';
  if (contentList(content, 'confirm.no').some((word) => word.toLowerCase() === typed)) return 'no';
  return undefined;
}

/** The buttons under a yes/no question: the first word of each list, so writers choose the labels. */
export function answerButtons(content: Content, command: string): string[] {
  const [yes] = contentList(content, 'confirm.yes');
  const [no] = contentList(content, 'confirm.no');
  return [yes ?? `${command} yes`, no ?? `${command} no`];
}
