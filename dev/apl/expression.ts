/**
 * The part of APL's data-binding language the skill's documents use, evaluated the way a
 * device does: `${...}` inside strings, paths into data, `@resource` references, comparison,
 * boolean and arithmetic operators, and `a ? b : c`. Used by the document tests, to prove
 * that every binding resolves against the data the skill sends, and by the preview.
 *
 * Anything outside that subset throws, so a document cannot quietly depend on a feature
 * that nothing here checks.
 */

export type Value =
  string | number | boolean | null | undefined | readonly Value[] | { readonly [k: string]: Value };

/** What a binding can see: named values, and resources by name (without the `@`). */
export interface Scope {
  readonly names: Readonly<Record<string, Value>>;
  readonly resources: Readonly<Record<string, Value>>;
  /**
   * Told of every read of a key that an object does not have (a misspelt field, say).
   * Reading anything of null, or past the end of an array, is not reported: APL gives null.
   */
  readonly onMissing?: (path: string) => void;
}

type Node =
  | { readonly t: 'lit'; readonly v: Value }
  | { readonly t: 'name'; readonly name: string }
  | { readonly t: 'res'; readonly name: string }
  | { readonly t: 'member'; readonly of: Node; readonly key: Node; readonly path: string }
  | { readonly t: 'unary'; readonly op: string; readonly arg: Node }
  | { readonly t: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly t: 'cond'; readonly test: Node; readonly yes: Node; readonly no: Node };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|(@?[A-Za-z_][\w]*)|(==|!=|<=|>=|&&|\|\||[-+*/%<>!?:.()[\]]))/y;

type Token = { kind: 'num' | 'str' | 'word' | 'op'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`Unsupported APL expression at "${source.slice(start)}" in \${${source}}`);
    if (m[1] !== undefined) tokens.push({ kind: 'num', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'str', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'str', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'word', text: m[4] });
    else tokens.push({ kind: 'op', text: m[5] ?? '' });
  }
  return tokens;
}

const BINARY: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): Node {
    const node = this.conditional();
    if (this.at < this.tokens.length) this.fail();
    return node;
  }

  private conditional(): Node {
    const test = this.binary(1);
    if (!this.eat('?')) return test;
    const yes = this.conditional();
    this.expect(':');
    return { t: 'cond', test, yes, no: this.conditional() };
  }

  private binary(min: number): Node {
    let left = this.unary();
    for (;;) {
      const op = this.peek();
      const level = op?.kind === 'op' ? BINARY[op.text] : undefined;
      if (op === undefined || level === undefined || level < min) return left;
      this.at++;
      left = { t: 'binary', op: op.text, left, right: this.binary(level + 1) };
    }
  }

  private unary(): Node {
    if (this.eat('!')) return { t: 'unary', op: '!', arg: this.unary() };
    if (this.eat('-')) return { t: 'unary', op: '-', arg: this.unary() };
    return this.postfix(this.primary());
  }

  private postfix(node: Node): Node {
    for (;;) {
      if (this.eat('.')) {
        const key = this.next();
        if (key?.kind !== 'word') this.fail();
        node = { t: 'member', of: node, key: { t: 'lit', v: key.text }, path: `${pathOf(node)}.${key.text}` };
      } else if (this.eat('[')) {
        const key = this.conditional();
        this.expect(']');
        node = { t: 'member', of: node, key, path: `${pathOf(node)}[]` };
      } else return node;
    }
  }

  private primary(): Node {
    const token = this.next();
    if (!token) return this.fail();
    if (token.kind === 'num') return { t: 'lit', v: Number(token.text) };
    if (token.kind === 'str') return { t: 'lit', v: token.text };
    if (token.kind === 'word') {
      if (token.text === 'true' || token.text === 'false') return { t: 'lit', v: token.text === 'true' };
      if (token.text === 'null') return { t: 'lit', v: null };
      if (token.text.startsWith('@')) return { t: 'res', name: token.text.slice(1) };
      return { t: 'name', name: token.text };
    }
    if (token.text === '(') {
      const inner = this.conditional();
      this.expect(')');
      return inner;
    }
    return this.fail();
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private next(): Token | undefined {
    return this.tokens[this.at++];
  }
  private eat(op: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'op' || token.text !== op) return false;
    this.at++;
    return true;
  }
  private expect(op: string): void {
    if (!this.eat(op)) this.fail();
  }
  private fail(): never {
    throw new Error(`Unsupported APL expression: \${${this.source}}`);
  }
}

function pathOf(node: Node): string {
  if (node.t === 'name') return node.name;
  if (node.t === 'member') return node.path;
  return '(…)';
}

const parsed = new Map<string, Node>();

function parse(source: string): Node {
  let node = parsed.get(source);
  if (!node) {
    node = new Parser(tokenize(source), source).parse();
    parsed.set(source, node);
  }
  return node;
}

function evaluateNode(node: Node, scope: Scope): Value {
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'name':
      if (!Object.hasOwn(scope.names, node.name)) scope.onMissing?.(node.name);
      return scope.names[node.name];
    case 'res':
      if (!Object.hasOwn(scope.resources, node.name)) throw new Error(`No resource @${node.name}`);
      return scope.resources[node.name];
    case 'member': {
      const of = evaluateNode(node.of, scope);
      const key = evaluateNode(node.key, scope);
      if (of === null || of === undefined) return null;
      if (Array.isArray(of)) return typeof key === 'number' ? (of[key] as Value) : null;
      if (typeof of !== 'object' || typeof key !== 'string') return null;
      const record = of as Readonly<Record<string, Value>>;
      if (!Object.hasOwn(record, key)) scope.onMissing?.(node.path);
      return record[key];
    }
    case 'unary': {
      const arg = evaluateNode(node.arg, scope);
      return node.op === '!' ? !truthy(arg) : -Number(arg);
    }
    case 'binary':
      return binary(node.op, node.left, node.right, scope);
    case 'cond':
      return truthy(evaluateNode(node.test, scope))
        ? evaluateNode(node.yes, scope)
        : evaluateNode(node.no, scope);
  }
}

function binary(op: string, leftNode: Node, rightNode: Node, scope: Scope): Value {
  const left = evaluateNode(leftNode, scope);
  if (op === '&&') return truthy(left) ? evaluateNode(rightNode, scope) : left;
  if (op === '||') return truthy(left) ? left : evaluateNode(rightNode, scope);
  const right = evaluateNode(rightNode, scope);
  switch (op) {
    case '==':
      return (left ?? null) === (right ?? null);
    case '!=':
      return (left ?? null) !== (right ?? null);
    case '<':
      return Number(left) < Number(right);
    case '>':
      return Number(left) > Number(right);
    case '<=':
      return Number(left) <= Number(right);
    case '>=':
      return Number(left) >= Number(right);
    case '+':
      return typeof left === 'number' && typeof right === 'number'
        ? left + right
        : `${text(left)}${text(right)}`;
    case '-':
      return Number(left) - Number(right);
    case '*':
      return Number(left) * Number(right);
    case '/':
      return Number(left) / Number(right);
    default:
      return Number(left) % Number(right);
  }
}

/** APL's truthiness: null, false, 0 and the empty string are false. */
export function truthy(value: Value): boolean {
  return value !== null && value !== undefined && value !== false && value !== 0 && value !== '';
}

/** A value as APL puts it into a string: null as nothing. */
export function text(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Evaluates a property as APL does: a string that is one `${...}` keeps its value's type;
 * other strings have each `${...}` replaced by its text; anything else is itself.
 */
export function evaluate(value: unknown, scope: Scope): Value {
  if (typeof value !== 'string') return value as Value;
  const resource = /^@([A-Za-z_]\w*)$/.exec(value);
  if (resource) return evaluateNode({ t: 'res', name: resource[1] ?? '' }, scope);
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole) return evaluateNode(parse(whole[1] ?? ''), scope);
  if (!value.includes('${')) return value;
  return value.replace(/\$\{([^}]*)\}/g, (_, source: string) => text(evaluateNode(parse(source), scope)));
}
