/** Reply keys push messages use (dialogs/notify.yaml): content must define them or the bot refuses to start. */
export const NOTIFY_PUSH_REPLIES = ['notify.offer', 'notify.digest.daily', 'notify.digest.weekly', 'notify.digest.item', 'notify.digest.footer', 'notify.nudge'];
