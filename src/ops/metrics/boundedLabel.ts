/** The label value for anything outside a closed set. */
export const OTHER = 'other';

/**
 * Bot Framework channel ids (and Rapport's own): a caller names its channel, and without MicrosoftAppId
 * nobody is authenticated, so an unknown id must not become a new series.
 */
export const KNOWN_CHANNELS: ReadonlySet<string> = new Set([
  'msteams', 'webchat', 'directline', 'emulator', 'slack', 'facebook', 'telegram', 'skype', 'email', 'sms', 'line', 'kik', 'groupme', 'twilio-sms', 'omnichannel', 'm365extensions', 'outlook', 'alexa', 'webex', 'test', 'terminal',
]);

/** `value` when it is one of `allowed`, else `other`: label values stay a closed set. */
export function boundedLabel(value: string, allowed: ReadonlySet<string>): string {
  return allowed.has(value) ? value : OTHER;
}
