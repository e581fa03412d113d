import { replyVariants } from '../../content/content';
import { renderTemplate } from '../../content/renderTemplate';
import { Reply, ReplyRequest, ReplyValue, TurnDependencies } from '../turn';

/** Turns reply requests into text: picks a variant, fills its placeholders, joins appended lines. */
export function composeReplies(requests: readonly ReplyRequest[], deps: TurnDependencies): Reply[] {
  const replies: Reply[] = [];
  for (const request of requests) {
    const text = render(request.key, request.values ?? {}, deps);
    const previous = replies[replies.length - 1];
    if (request.append && previous) {
      previous.text += `\n${text}`;
      if (request.suggestedActions) previous.suggestedActions = [...(previous.suggestedActions ?? []), ...request.suggestedActions];
    } else {
      replies.push({ key: request.key, text, ...(request.suggestedActions ? { suggestedActions: request.suggestedActions } : {}) });
    }
  }
  return replies;
}

function render(key: string, values: Record<string, ReplyValue>, deps: TurnDependencies): string {
  const variants = replyVariants(deps.content, key);
  const template = variants[Math.floor(deps.random() * variants.length)] ?? variants[0];
  const view: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    view[name] = typeof value === 'object' ? render(value.key, {}, deps) : value;
  }
  return renderTemplate(template, view);
}
