import { Command, CommandResult } from '../../src/commands/command';
import { CommandRegistry } from '../../src/commands/registry';
import { COMMANDS } from '../../src/commands/list';
import { applyChanges } from '../../src/profile/profileChanges';
import { newProfile, UserProfile } from '../../src/profile/userProfile';
import { realContent } from '../helpers/testRapport';

export const NOW = new Date('2026-03-02T10:00:00Z');

/** A profile as a test wants it: a fresh one with overrides, seen one minute ago. */
export function profileWith(overrides: Partial<UserProfile> = {}): UserProfile {
  const base = newProfile('test', 'dana-1');
  return { ...base, lifecycle: { ...base.lifecycle, firstSeen: '2026-03-01T10:00:00.000Z', lastSeen: '2026-03-02T09:59:00.000Z', turnCount: 3, sessionCount: 1 }, ...overrides };
}

/** Calls a command directly with the real content and registry: a unit test with no pipeline around it. */
export async function run(command: Command, typed: string, profile: UserProfile = profileWith()): Promise<CommandResult & { after: UserProfile }> {
  const args = typed.split(' ').filter(Boolean);
  const result = await command.run({ args, profile, commands: new CommandRegistry(COMMANDS), content: realContent(), now: NOW });
  return { ...result, after: applyChanges(structuredClone(profile), result.changes ?? []) };
}

export function keysOf(result: CommandResult): string[] {
  return result.replies.map((reply) => reply.key);
}

/** Hostile arguments: what it is, the text, and the reply key it must get. Every setting command runs through them all. */
export const HOSTILE: ReadonlyArray<[label: string, typed: string, key: string]> = [
  ['a 500-character value', 'x'.repeat(500), 'argument.tooLong'],
  ['a NUL character', 'Da\u0000na', 'argument.control'],
  ['a right-to-left override', 'Dana\u202E', 'argument.control'],
  ['a Mustache tag', '{{name}}', 'argument.template'],
  ['a Mustache lambda', '{{#lambda}}x{{/lambda}}', 'argument.template'],
  ['a JS template literal', '${process.exit()}', 'argument.template'],
  ['__proto__', '__proto__', 'argument.reserved'],
  ['constructor', 'constructor', 'argument.reserved'],
  ['prototype', 'prototype', 'argument.reserved'],
  ['HTML', '<script>alert(1)</script>', 'argument.markup'],
  ['a Markdown link', '[click](http://evil.example)', 'argument.markup'],
  ['Markdown emphasis', '**bold**', 'argument.markup'],
];
