import { Command, CommandLookup } from './command';

/** All slash commands, by name and alias. Feeds the parser, /help and the Teams command list alike. */
export class CommandRegistry implements CommandLookup {
  private readonly byName = new Map<string, Command>();
  private readonly ordered: Command[] = [];

  constructor(commands: readonly Command[]) {
    for (const command of commands) this.add(command);
  }

  find(name: string): Command | undefined {
    return this.byName.get(name.toLowerCase());
  }

  list(): readonly Command[] {
    return this.ordered;
  }

  /** Every name and alias, for typo suggestions. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  private add(command: Command): void {
    for (const name of [command.name, ...command.aliases]) {
      if (this.byName.has(name)) throw new Error(`Two commands are called "/${name}"`);
      this.byName.set(name, command);
    }
    this.ordered.push(command);
  }
}
