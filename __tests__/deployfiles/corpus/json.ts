import type { Gen } from './gen.js';

/** JSON as `JSON.stringify` writes it, indented or not; a repeated key is spliced into the text. */
function jsonText(g: Gen, value: unknown): string {
  let text = JSON.stringify(value, null, g.pick([0, 2, 4]));
  if (g.faults && g.chance(0.03)) {
    const at = text.indexOf('"image":');
    if (at >= 0) {
      g.expect = /appears twice in one object/;
      text = `${text.slice(0, at)}"image": ${JSON.stringify(g.imageValue())}, ${text.slice(at)}`;
    }
  }
  return text;
}

export function ecs(g: Gen): string {
  const defs = Array.from({ length: 1 + g.int(3) }, (_, i) => ({ name: `c${i}`, image: g.imageValue(), essential: true }));
  const task = { family: `f${g.id()}`, containerDefinitions: defs };
  return jsonText(g, g.chance(0.3) ? { taskDefinition: task } : task);
}

export function genericJson(g: Gen): string {
  const obj = { name: 'x', spec: { image: g.imageValue(), sidecars: [{ image: g.imageValue() }], nested: { deeper: { image: g.imageValue() } } } };
  if (g.chance(0.02)) {
    g.expect = /nested more than 256 levels deep/;
    return `{"a": ${'['.repeat(300)}{"image": "${g.imageValue()}"}${']'.repeat(300)}}`;
  }
  return jsonText(g, obj);
}
