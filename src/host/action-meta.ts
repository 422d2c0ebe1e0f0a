import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actionYmlUrl } from './input-names.js';

export interface ActionField {
  name: string;
  description: string;
  default?: string;
}

export interface ActionMeta {
  inputs: ActionField[];
  outputs: ActionField[];
}

function fields(section: unknown): ActionField[] {
  if (!section || typeof section !== 'object') return [];
  return Object.entries(section as Record<string, { description?: unknown; default?: unknown }>).map(([name, v]) => ({
    name,
    description: typeof v?.description === 'string' ? v.description : '',
    ...(v?.default !== undefined ? { default: typeof v.default === 'string' ? v.default : JSON.stringify(v.default) } : {}),
  }));
}

let cached: ActionMeta | undefined;

/**
 * action.yml is the one list of inputs and outputs. It is read where it ships, one level above the
 * code (the repository root above dist/ or src/, and the npm package's root), so it cannot go stale.
 */
export function actionMeta(): ActionMeta {
  if (!cached) {
    const doc = parse(readFileSync(actionYmlUrl(), 'utf8')) as { inputs?: unknown; outputs?: unknown };
    cached = { inputs: fields(doc.inputs), outputs: fields(doc.outputs) };
  }
  return cached;
}
