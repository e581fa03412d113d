/**
 * Words that switch a setting on or off, the same for every command. A command may add its own verbs
 * (`/notify start`, `/private pause`), never one that means the opposite elsewhere: "start" turns push
 * messages on, so it must not also pause learning.
 */
export const SWITCH_ON: readonly string[] = ['on', 'yes', 'true', 'enable'];
export const SWITCH_OFF: readonly string[] = ['off', 'no', 'false', 'disable'];
