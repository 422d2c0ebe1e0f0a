/*
 * A small YAML writer for the generated corpus: block and flow collections, anchors, aliases, merge
 * keys (written as `<<` pairs), quoted and tagged scalars, quoted keys. It writes what the generator
 * asks for and nothing more, so the corpus holds the odd spellings real files have.
 */

export type Style = 'plain' | 'single' | 'double';

export type G =
  | { s: string | number | boolean | null; style?: Style; tag?: string; anchor?: string }
  | { map: Array<[string, G]>; flow?: boolean; anchor?: string }
  | { seq: G[]; flow?: boolean; anchor?: string }
  | { alias: string };

/** A key as written: plain, or quoted the way some files quote them. `<<` is only a merge key plain. */
export function keyText(key: string, style: Style): string {
  if (style === 'double') return `"${key}"`;
  if (style === 'single') return `'${key}'`;
  return key;
}

const CORE_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;

function needsQuotes(s: string, flow: boolean): boolean {
  return (
    s === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) ||
    /: |\s#|:$|\s$/.test(s) ||
    (flow && /[,[\]{}]/.test(s)) ||
    CORE_NON_STRING.test(s) ||
    /^(?:yes|no|on|off|y|n)$/i.test(s)
  );
}

function scalar(node: Extract<G, { s: unknown }>, flow: boolean): string {
  const v = node.s;
  let text: string;
  if (typeof v !== 'string') text = String(v === null ? 'null' : v);
  else {
    const style = (node.style ?? 'plain') === 'plain' && needsQuotes(v, flow) ? 'double' : (node.style ?? 'plain');
    text = style === 'double' ? JSON.stringify(v) : style === 'single' ? `'${v.replace(/'/g, "''")}'` : v;
  }
  return `${node.anchor ? `&${node.anchor} ` : ''}${node.tag ? `${node.tag} ` : ''}${text}`;
}

const isCollection = (g: G): g is Extract<G, { map: unknown }> | Extract<G, { seq: unknown }> => 'map' in g || 'seq' in g;

/** A node on one line: scalars, aliases and flow collections (block ones are written in flow here). */
export function flowText(g: G): string {
  if ('alias' in g) return `*${g.alias}`;
  if ('s' in g) return scalar(g, true);
  const anchor = g.anchor ? `&${g.anchor} ` : '';
  if ('map' in g) return `${anchor}{${g.map.map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')}}`;
  return `${anchor}[${g.seq.map(flowText).join(', ')}]`;
}

function inline(g: G): boolean {
  return !isCollection(g) || Boolean(g.flow) || ('map' in g ? g.map.length === 0 : g.seq.length === 0);
}

function inlineText(g: G): string {
  if ('s' in g) return scalar(g, false);
  return flowText(g);
}

/** A block map's or sequence's lines at `ind`. */
export function block(g: G, ind: string, out: string[]): void {
  if ('map' in g) {
    for (const [k, v] of g.map) {
      if (inline(v)) out.push(`${ind}${k}: ${inlineText(v)}`);
      else {
        out.push(`${ind}${k}:${(v as { anchor?: string }).anchor ? ` &${(v as { anchor?: string }).anchor}` : ''}`);
        // A sequence under a key may sit at the key's own indent, as many files write it.
        block(v, 'seq' in v && ind.length % 4 === 2 ? ind : `${ind}  `, out);
      }
    }
    return;
  }
  if ('seq' in g) {
    for (const item of g.seq) {
      if (inline(item)) out.push(`${ind}- ${inlineText(item)}`);
      else if ((item as { anchor?: string }).anchor || 'seq' in item) {
        out.push(`${ind}-${(item as { anchor?: string }).anchor ? ` &${(item as { anchor?: string }).anchor}` : ''}`);
        block(item, `${ind}  `, out);
      } else {
        // `- key: v` with the other keys under it.
        const lines: string[] = [];
        block(item, `${ind}  `, lines);
        lines[0] = `${ind}- ${lines[0].slice(ind.length + 2)}`;
        out.push(...lines);
      }
    }
  }
}

/** A document: a block collection, or a flow one on one line. */
export function documentText(g: G): string {
  if (inline(g)) return `${inlineText(g)}\n`;
  const out: string[] = [];
  if ((g as { anchor?: string }).anchor) out.push(`&${(g as { anchor?: string }).anchor}`);
  block(g, '', out);
  return `${out.join('\n')}\n`;
}
