import { replyVariants, Content } from '../../content/content';
import { renderTemplate } from '../../content/renderTemplate';
import { selectVariant } from '../../content/selectVariant';
import { ReplyContext } from '../../personalization/replyContext';
import { Random } from '../../util/random';
import { Reply, ReplyRequest, ReplyValue } from '../../vocabulary/reply';

/**
 * Turns reply requests into text for this person: the tone's variants, the most specific one whose
 * conditions hold, placeholders filled from the profile and the request, appended lines joined.
 */
export function composeReplies(requests: readonly ReplyRequest[], context: ReplyContext, content: Content, random: Random): Reply[] {
  const replies: Reply[] = [];
  for (const request of requests) {
    const { text, variant, matched, used } = render(request.key, request.values ?? {}, request.avoid ? { ...context, recentVariants: new Set([...context.recentVariants, ...request.avoid]) } : context, content, random);
    const previous = replies[replies.length - 1];
    if (request.append && previous) {
      previous.text += `\n${text}`;
      previous.variants.push(variant);
      previous.matched.push(...matched);
      previous.used.push(...used);
      if (request.suggestedActions) previous.suggestedActions = [...(previous.suggestedActions ?? []), ...request.suggestedActions];
      if (request.attachments) previous.attachments = [...(previous.attachments ?? []), ...request.attachments];
    } else {
      replies.push({
        key: request.key,
        text,
        variants: [variant],
        matched,
        used,
        ...(request.suggestedActions ? { suggestedActions: request.suggestedActions } : {}),
        ...(request.attachments ? { attachments: request.attachments } : {}),
      });
    }
  }
  return replies;
}

function render(key: string, values: Record<string, ReplyValue>, context: ReplyContext, content: Content, random: Random) {
  const view: Record<string, string | number> = { ...context.values };
  for (const [name, value] of Object.entries(values)) {
    view[name] = typeof value === 'object' ? render(value.key, {}, context, content, random).text : value;
  }
  const known = new Set([...context.known, ...Object.keys(values)]);
  const { variant, matched } = selectVariant(replyVariants(content, key, context.tone), { ...context, known }, context.recentVariants, random);
  // Which of the person's own values the wording used, for /why ("I used your name and Rex").
  const used = [...variant.text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).filter((name) => Object.hasOwn(context.values, name));
  return { text: renderTemplate(variant.text, view), variant: variant.id, matched, used };
}
