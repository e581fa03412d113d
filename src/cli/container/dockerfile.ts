/** One instruction of a Dockerfile, with its continuation lines joined. */
export interface Instruction {
  keyword: string;
  /** Everything after the keyword, continuations joined with a space. */
  args: string;
  line: number;
}

export interface Stage {
  /** `FROM image AS name`: the image and the name (if any). */
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** The stages of a Dockerfile (comments and blank lines dropped, `\` continuations joined). */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let joined = lines[i].trim();
    if (joined === '' || joined.startsWith('#')) continue;
    while (joined.endsWith('\\') && i + 1 < lines.length) {
      i++;
      const next = lines[i].trim();
      joined = `${joined.slice(0, -1).trimEnd()} ${next.startsWith('#') ? '' : next}`.trim();
    }
    const match = /^(\S+)\s*(.*)$/.exec(joined);
    if (!match) continue;
    const instruction = { keyword: match[1].toUpperCase(), args: match[2], line: start + 1 };
    if (instruction.keyword === 'FROM') {
      const [from, as, name] = instruction.args.split(/\s+/);
      stages.push({ from, ...(as?.toUpperCase() === 'AS' && name ? { name } : {}), instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** The arguments of an exec-form instruction (`CMD ["node", "x.js"]`), or undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((part) => typeof part === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `ENV A=1 B=2` (or the old `ENV A 1`) as pairs. */
export function envPairs(args: string): Array<[string, string]> {
  const pairs = [...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m): [string, string] => [m[1], m[2].replace(/^"|"$/g, '')]);
  if (pairs.length > 0) return pairs;
  const old = /^(\w+)\s+(.*)$/.exec(args);
  return old ? [[old[1], old[2]]] : [];
}

/** `COPY [--from=x] [--chown=…] src… dest`: the sources, destination and the stage copied from. */
export function copyParts(args: string): { from?: string; sources: string[]; destination: string } {
  const words = args.split(/\s+/);
  const flags = words.filter((word) => word.startsWith('--'));
  const paths = words.filter((word) => !word.startsWith('--'));
  const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
  return { ...(from ? { from } : {}), sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' };
}
