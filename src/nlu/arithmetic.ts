/**
 * Simple arithmetic said in words or symbols ("what's 12 times 3?", "15% of 80", "(2 + 3) * 4",
 * "add 19 and 23", "9 squared"), parsed by a small recursive-descent parser: the text is never
 * evaluated as code. Anything besides numbers, operators and a few question words is not a sum.
 */
export interface Arithmetic {
  /** The expression as understood, with symbols: "12 × 3". */
  expression: string;
  /** The result; undefined for a division by zero. */
  value: number | undefined;
}

type Token = { kind: 'number'; value: number } | { kind: 'op'; op: Operator } | { kind: 'open' } | { kind: 'close' };
type Operator = '+' | '-' | '*' | '/' | '^' | '%of';

const MAX_TOKENS = 40;
const MAX_MAGNITUDE = 1e15;

/** Words around a sum that do not change it. */
const FILLER = new Set(['what', "what's", 'whats', 'is', 'are', 'how', 'much', 'many', 'calculate', 'compute', 'work', 'out', 'please', 'pls', 'can', 'could', 'you', 'tell', 'me', 'the', 'answer', 'to', 'of', 'equals', 'equal', 'result', 'do', 'solve', 'quick', 'question', 'hey', 'ok', 'so', 'and', 'then', 'it']);

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1_000_000,
};

/** Operator phrases, longest first. */
const OPERATOR_WORDS: Array<[string[], Operator]> = [
  [['multiplied', 'by'], '*'],
  [['divided', 'by'], '/'],
  [['to', 'the', 'power', 'of'], '^'],
  [['percent', 'of'], '%of'],
  [['%', 'of'], '%of'],
  [['take', 'away'], '-'],
  [['plus'], '+'],
  [['+'], '+'],
  [['minus'], '-'],
  [['-'], '-'],
  [['times'], '*'],
  [['x'], '*'],
  [['×'], '*'],
  [['*'], '*'],
  [['over'], '/'],
  [['/'], '/'],
  [['÷'], '/'],
  [['^'], '^'],
];

/** "add A and B", "multiply A by B", "subtract A from B", "divide A by B": the verb says the operator. */
const VERB_FORMS: Array<{ verb: string; joins: string[]; op: Operator; swap?: boolean }> = [
  { verb: 'add', joins: ['and', 'to', 'plus'], op: '+' },
  { verb: 'multiply', joins: ['by', 'and', 'times'], op: '*' },
  { verb: 'divide', joins: ['by'], op: '/' },
  { verb: 'subtract', joins: ['from'], op: '-', swap: true },
];

export function parseArithmetic(text: string): Arithmetic | undefined {
  if (text.length > 200) return undefined;
  const words = text
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/(\p{L})-(\p{L})/gu, '$1 $2')
    // "7x8" as typed on a phone: an x between two numbers is "times".
    .replace(/(\d)x(?=\d)/g, '$1 x ')
    .replace(/([+\-*/×÷^()%])/g, ' $1 ')
    .replace(/[?!=,]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const verbForm = readVerbForm(words);
  const tokens = verbForm ?? tokenize(words);
  if (!tokens || tokens.length > MAX_TOKENS || !tokens.some((token) => token.kind === 'op')) return undefined;
  const parser = new Parser(tokens);
  const tree = parser.parse();
  if (!tree) return undefined;
  const value = evaluate(tree);
  if (value !== undefined && (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE)) return undefined;
  return { expression: show(tree), value: value === undefined ? undefined : Number(value.toPrecision(12)) };
}

function tokenize(words: string[]): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    const operator = OPERATOR_WORDS.find(([phrase]) => phrase.every((part, k) => words[i + k] === part));
    const number = readNumber(words, i);
    if (number) {
      tokens.push({ kind: 'number', value: number.value });
      i = number.next;
    } else if (operator) {
      tokens.push({ kind: 'op', op: operator[1] });
      i += operator[0].length;
    } else if (word === 'squared' || word === 'cubed') {
      tokens.push({ kind: 'op', op: '^' }, { kind: 'number', value: word === 'squared' ? 2 : 3 });
      i += 1;
    } else if (word === '(' || word === ')') {
      tokens.push({ kind: word === '(' ? 'open' : 'close' });
      i += 1;
    } else if (FILLER.has(word)) {
      i += 1;
    } else {
      return undefined;
    }
  }
  return tokens;
}

/** A number in digits ("12", "3.5") or in words ("twenty one", "two hundred"). */
function readNumber(words: string[], start: number): { value: number; next: number } | undefined {
  const digits = /^\d+(\.\d+)?$/.exec(words[start] ?? '');
  if (digits) return { value: Number(words[start]), next: start + 1 };
  let total = 0;
  let current = 0;
  let i = start;
  while (i < words.length && Object.hasOwn(NUMBER_WORDS, words[i].replace(/-/g, ''))) {
    const value = NUMBER_WORDS[words[i].replace(/-/g, '')];
    if (value === 100) current = (current || 1) * 100;
    else if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
    i += 1;
  }
  return i > start ? { value: total + current, next: i } : undefined;
}

function readVerbForm(words: string[]): Token[] | undefined {
  const start = words.findIndex((word) => VERB_FORMS.some((form) => form.verb === word));
  if (start < 0 || words.slice(0, start).some((word) => !FILLER.has(word))) return undefined;
  const form = VERB_FORMS.find((candidate) => candidate.verb === words[start]);
  const first = form && readNumber(words, start + 1);
  if (!form || !first || !form.joins.includes(words[first.next])) return undefined;
  const second = readNumber(words, first.next + 1);
  if (!second || words.slice(second.next).some((word) => !FILLER.has(word))) return undefined;
  const [a, b] = form.swap ? [second.value, first.value] : [first.value, second.value];
  return [{ kind: 'number', value: a }, { kind: 'op', op: form.op }, { kind: 'number', value: b }];
}

type Tree = { value: number } | { op: Operator | 'neg'; left: Tree; right?: Tree; grouped?: boolean };

/** expression := term (("+"|"-") term)*; term := power (("*"|"/"|"%of") power)*; power := unary ("^" power)?; unary := "-" unary | atom. */
class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Tree | undefined {
    const tree = this.expression();
    return tree && this.at === this.tokens.length ? tree : undefined;
  }

  private expression(): Tree | undefined {
    let left = this.term();
    while (left && this.peekOp('+', '-')) {
      const op = this.takeOp();
      const right = this.term();
      left = right ? { op, left, right } : undefined;
    }
    return left;
  }

  private term(): Tree | undefined {
    let left = this.power();
    while (left && this.peekOp('*', '/', '%of')) {
      const op = this.takeOp();
      const right = this.power();
      left = right ? { op, left, right } : undefined;
    }
    return left;
  }

  private power(): Tree | undefined {
    const base = this.unary();
    if (!base || !this.peekOp('^')) return base;
    this.takeOp();
    const exponent = this.power();
    return exponent ? { op: '^', left: base, right: exponent } : undefined;
  }

  private unary(): Tree | undefined {
    if (this.peekOp('-')) {
      this.takeOp();
      const operand = this.unary();
      return operand ? { op: 'neg', left: operand } : undefined;
    }
    const token = this.tokens[this.at];
    if (token?.kind === 'number') {
      this.at += 1;
      return { value: token.value };
    }
    if (token?.kind === 'open') {
      this.at += 1;
      const inner = this.expression();
      if (!inner || this.tokens[this.at]?.kind !== 'close') return undefined;
      this.at += 1;
      return 'op' in inner ? { ...inner, grouped: true } : inner;
    }
    return undefined;
  }

  private peekOp(...ops: Operator[]): boolean {
    const token = this.tokens[this.at];
    return token?.kind === 'op' && ops.includes(token.op);
  }

  private takeOp(): Operator {
    const token = this.tokens[this.at++];
    if (token.kind !== 'op') throw new Error('parser: expected an operator');
    return token.op;
  }
}

function evaluate(tree: Tree): number | undefined {
  if ('value' in tree) return tree.value;
  const left = evaluate(tree.left);
  const right = tree.right ? evaluate(tree.right) : 0;
  if (left === undefined || right === undefined) return undefined;
  switch (tree.op) {
    case 'neg':
      return -left;
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return right === 0 ? undefined : left / right;
    case '^':
      return Math.abs(right) > 100 ? Number.POSITIVE_INFINITY : left ** right;
    case '%of':
      return (left / 100) * right;
  }
}

const SYMBOLS: Record<Exclude<Operator, '%of'>, string> = { '+': '+', '-': '−', '*': '×', '/': '÷', '^': '^' };

function show(tree: Tree): string {
  if ('value' in tree) return String(tree.value);
  const right = show(tree.right ?? { value: 0 });
  const text = tree.op === 'neg' ? `−${show(tree.left)}` : tree.op === '%of' ? `${show(tree.left)}% of ${right}` : `${show(tree.left)} ${SYMBOLS[tree.op]} ${right}`;
  return tree.grouped ? `(${text})` : text;
}
