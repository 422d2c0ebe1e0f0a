// A deliberately small subset of Handlebars, enough for metadata-action's
// tag expressions ({{branch}}, {{date 'YYYYMMDD' tz='Asia/Tokyo'}}, ...).
// Pulling in handlebars itself would drag a full template compiler into the
// bundle; the behaviours that leak into tag names are reproduced here:
// unknown names render as '', unknown helpers with arguments throw, and
// {{x}} output is HTML-escaped (so a branch `a&b` becomes `a&amp;b` before tag
// sanitizing, exactly as metadata-action produces it). {{{x}}} is unescaped.

/**
 * A helper's argument as Handlebars hands it over: a quoted string, or a bare word, which Handlebars
 * reads as a name to look up (`value`, undefined when the scope has no such string) unless it is a
 * number or boolean. `{{date YYYYMMDD}}` therefore passes no format at all.
 */
export type HelperArg = { quoted: string } | { word: string; value: string | undefined };
export type Helper = (params: HelperArg[], hash: Record<string, HelperArg>) => string;
export type Scope = Record<string, string | Helper>;

interface TextNode {
  kind: 'text';
  text: string;
}

// Handlebars treats a bare word argument as a lookup in the context (or a
// number or boolean literal), and a quoted string as itself.
type Arg = { quoted: string } | { word: string };

interface ExprNode {
  kind: 'expr';
  name: string;
  params: Arg[];
  hash: Record<string, Arg>;
  escape: boolean;
}

type Node = TextNode | ExprNode;

export class TemplateError extends Error {}

// Handlebars 4 escapes exactly these characters.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
}

const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_$][\w$.-]*)=|([^\s'"=]+))/y;

function parseExpression(body: string, escape: boolean): ExprNode {
  const params: Arg[] = [];
  const hash: Record<string, Arg> = {};
  let name: string | undefined;
  let pendingKey: string | undefined;
  TOKEN.lastIndex = 0;
  const trimmed = body.trim();
  while (TOKEN.lastIndex < trimmed.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(trimmed);
    if (!m || m.index !== start) {
      throw new TemplateError(`cannot parse '{{${body}}}'`);
    }
    if (m[3] !== undefined) {
      if (pendingKey !== undefined || name === undefined) {
        throw new TemplateError(`misplaced '${m[3]}=' in '{{${body}}}'`);
      }
      pendingKey = m[3];
      continue;
    }
    const literal = m[1] ?? m[2];
    const word = m[4];
    if (name === undefined) {
      if (word === undefined) {
        throw new TemplateError(`expected a name at the start of '{{${body}}}'`);
      }
      name = word;
      continue;
    }
    const value: Arg = literal !== undefined ? { quoted: literal } : { word: word ?? '' };
    if (pendingKey !== undefined) {
      hash[pendingKey] = value;
      pendingKey = undefined;
    } else {
      params.push(value);
    }
  }
  if (name === undefined) {
    throw new TemplateError('empty expression {{}}');
  }
  if (pendingKey !== undefined) {
    throw new TemplateError(`missing value for '${pendingKey}=' in '{{${body}}}'`);
  }
  return { kind: 'expr', name, params, hash, escape };
}

export function parseTemplate(src: string): Node[] {
  const nodes: Node[] = [];
  let text = '';
  let i = 0;
  const pushText = (): void => {
    if (text !== '') nodes.push({ kind: 'text', text });
    text = '';
  };
  while (i < src.length) {
    if (src.startsWith('\\{{', i)) {
      text += '{{';
      i += 3;
      continue;
    }
    if (!src.startsWith('{{', i)) {
      text += src[i];
      i++;
      continue;
    }
    const triple = src.startsWith('{{{', i);
    const close = triple ? '}}}' : '}}';
    const end = src.indexOf(close, i + close.length);
    if (end < 0) {
      throw new TemplateError(`unclosed '${triple ? '{{{' : '{{'}'`);
    }
    let body = src.slice(i + close.length, end);
    i = end + close.length;
    // Whitespace control (~) strips the neighbouring whitespace like Handlebars.
    if (body.startsWith('~')) {
      body = body.slice(1);
      text = text.trimEnd();
    }
    if (body.endsWith('~')) {
      body = body.slice(0, -1);
      while (i < src.length && /\s/.test(src[i] ?? '')) i++;
    }
    pushText();
    const lead = body.trimStart()[0];
    if (lead === '!') continue; // comment
    if (lead !== undefined && '#/^>'.includes(lead)) {
      throw new TemplateError(`unsupported block or partial '{{${body}}}'`);
    }
    if (lead === '&') {
      nodes.push(parseExpression(body.trimStart().slice(1), false));
      continue;
    }
    nodes.push(parseExpression(body, !triple));
  }
  pushText();
  return nodes;
}

function resolveArg(arg: Arg, scope: Scope): HelperArg {
  if ('quoted' in arg) return arg;
  const v = Object.prototype.hasOwnProperty.call(scope, arg.word) ? scope[arg.word] : undefined;
  return { word: arg.word, value: typeof v === 'string' ? v : undefined };
}

export function render(src: string, scope: Scope): string {
  let out = '';
  for (const node of parseTemplate(src)) {
    if (node.kind === 'text') {
      out += node.text;
      continue;
    }
    const entry = Object.prototype.hasOwnProperty.call(scope, node.name) ? scope[node.name] : undefined;
    const hasArgs = node.params.length > 0 || Object.keys(node.hash).length > 0;
    let value: string;
    if (typeof entry === 'function') {
      const params = node.params.map((p) => resolveArg(p, scope));
      const hash: Record<string, HelperArg> = {};
      for (const [k, v] of Object.entries(node.hash)) hash[k] = resolveArg(v, scope);
      value = entry(params, hash);
    } else if (hasArgs) {
      throw new TemplateError(`Missing helper: "${node.name}"`);
    } else if (entry === undefined) {
      // Rules and flavors are checked against their names when read (checkTemplate); this is the backstop.
      throw new TemplateError(
        `unknown placeholder '{{${node.name}}}'. Expected one of ${Object.keys(scope)
          .map((n) => `{{${n}}}`)
          .join(', ')}`,
      );
    } else {
      value = entry ?? '';
    }
    out += node.escape ? escapeHtml(value) : value;
  }
  return out;
}

// metadata-action keeps `{{raw}}` for semver/pep440 pre-releases only when the
// whole pattern is that single statement; `v{{raw}}` does not count.
export function isRawStatement(src: string): boolean {
  try {
    const nodes = parseTemplate(src);
    const only = nodes[0];
    return nodes.length === 1 && only?.kind === 'expr' && only.name === 'raw';
  } catch {
    return false;
  }
}

/** The names a template uses ({{name}}, {{name 'arg'}}), in order. */
export function placeholders(src: string): string[] {
  return parseTemplate(src).flatMap((n) => (n.kind === 'expr' ? [n.name] : []));
}
