import { Content } from '../content/content';
import { ReplyAttachment } from '../vocabulary/reply';
import { contentText, valueText } from './contentText';
import { ProfileItem, ProfileSummary } from './profileSummary';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

type CardElement = Record<string, unknown>;

/**
 * /profile as an Adaptive Card 1.5 (the version Teams renders): what the user set and what the bot
 * learned, each learned item with a remove button, and buttons to change the tone or forget everything.
 * Every label comes from content (`profile.card.*`, `profile.label.*`).
 */
export function profileCard(summary: ProfileSummary, content: Content): ReplyAttachment {
  const text = (key: string) => contentText(content, key);
  const body: CardElement[] = [
    { type: 'TextBlock', text: text('profile.card.title'), weight: 'Bolder', size: 'Medium', wrap: true },
    ...section(text('profile.card.explicit'), summary.explicit, text('profile.explicit.none'), content),
    ...section(text('profile.card.learned'), summary.learned, text('profile.learned.none'), content),
  ];
  if (summary.learningPaused) body.push({ type: 'TextBlock', text: text('profile.learned.paused'), isSubtle: true, wrap: true });
  body.push({ type: 'TextBlock', text: contentText(content, 'profile.memory', { count: String(summary.rememberedTurns) }), isSubtle: true, wrap: true });
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body,
      actions: [
        submit(text('profile.card.changeTone'), '/tone'),
        submit(text('profile.card.export'), '/export'),
        { ...submit(text('profile.card.forget'), '/forget'), style: 'destructive' },
      ],
    },
  };
}

function section(title: string, items: readonly ProfileItem[], empty: string, content: Content): CardElement[] {
  const heading: CardElement = { type: 'TextBlock', text: title, weight: 'Bolder', spacing: 'Medium', separator: true, wrap: true };
  if (items.length === 0) return [heading, { type: 'TextBlock', text: empty, isSubtle: true, wrap: true }];
  return [heading, ...items.map((entry) => row(entry, content))];
}

/** One item per row: label, value, and a small remove button where the item can be removed. */
function row(entry: ProfileItem, content: Content): CardElement {
  const columns: CardElement[] = [
    { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: valueText(content, entry.label), weight: 'Bolder', wrap: true }] },
    // Values are user data: shown as plain text, never Markdown, so a name cannot turn into a link.
    { type: 'Column', width: 'stretch', items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: valueText(content, entry.value) }] }] },
  ];
  if (entry.remove) {
    columns.push({ type: 'Column', width: 'auto', items: [{ type: 'ActionSet', actions: [submit(contentText(content, 'profile.card.remove'), entry.remove)] }] });
  }
  return { type: 'ColumnSet', columns };
}

/**
 * A button that sends a command. Teams turns `msteams.imBack` into a message with that text; Web Chat
 * and the Emulator post `data` as the activity value, which the bot edge reads as `rapportCommand`.
 */
function submit(title: string, command: string): CardElement {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: command }, rapportCommand: command } };
}

/** The card's own labels (its values use the summary's). */
export const PROFILE_CARD_REPLIES = ['profile.card.title', 'profile.card.explicit', 'profile.card.learned', 'profile.card.changeTone', 'profile.card.export', 'profile.card.forget', 'profile.card.remove'];
