import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { findFiles } from './files.js';
import { isDockerfile, locateDockerfile } from './locators/dockerfile.js';
import { decodeText, LineIndex, sizeProblem } from './text.js';
import { LocatedError, type FileScan, type Site } from './types.js';
import { locateYamlFile, type Located } from './yaml-file.js';

type Kind = 'yaml' | 'json' | 'dockerfile';

function kindOf(file: string): Kind | undefined {
  if (isDockerfile(file)) return 'dockerfile';
  if (/\.ya?ml$/i.test(file) || /(^|\/)Kustomization$/.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  return undefined;
}

function locate(kind: Kind, file: string, text: string): Located {
  return kind === 'dockerfile' ? { found: locateDockerfile(text), templated: [] } : locateYamlFile(file, text, kind === 'json');
}

/** One file's references, or the one problem that stops pinship from trusting any of them. */
export function scanText(file: string, path: string, text: string): FileScan {
  const scan: FileScan = { file, path, text, sites: [], problems: [], templated: [] };
  const kind = kindOf(file);
  if (!kind) {
    scan.problems.push({ file, line: 1, column: 1, message: 'not a YAML (.yaml, .yml), JSON (.json) or Dockerfile (Dockerfile, *.Dockerfile, Containerfile) file; narrow the files patterns' });
    return scan;
  }
  const lines = new LineIndex(text);
  try {
    const seen = new Set<number>();
    const located = locate(kind, file, text);
    for (const t of located.templated) {
      scan.templated.push({ file, ...lines.position(t.offset), message: `'${t.value}' is a template, not an image reference: pinship neither pins nor verifies it` });
    }
    for (const f of located.found.sort((a, b) => a.offset - b.offset)) {
      // One ARG default named by two FROMs is one place in the file.
      if (seen.has(f.offset)) continue;
      seen.add(f.offset);
      scan.sites.push({ file, ...lines.position(f.offset), format: f.format, written: f.written, ref: f.ref, target: f.target } satisfies Site);
    }
  } catch (e) {
    if (!(e instanceof LocatedError)) throw e;
    scan.sites = [];
    scan.templated = [];
    scan.problems.push({ file, ...lines.position(e.offset), message: e.message });
  }
  return scan;
}

/** The file's bytes, or why it is too large to read; one open and one fstat, since this runs per file. */
function readBounded(path: string): Buffer | { problem: string } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    const tooLarge = sizeProblem(size);
    if (tooLarge) return tooLarge;
    const buf = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, buf, n, size - n, n);
      if (!got) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Synchronous reads: nothing else runs meanwhile, and per-file promise overhead dominated a 10,000-file scan. */
function scanFile(file: string, path: string): FileScan {
  const bytes = readBounded(path);
  const decoded = Buffer.isBuffer(bytes) ? decodeText(bytes) : bytes;
  if ('problem' in decoded) return { file, path, text: '', sites: [], problems: [{ file, line: 1, column: 1, message: decoded.problem }], templated: [] };
  return scanText(file, path, decoded.text);
}

/** Every file `patterns` select in the workspace, with the references in it. Reads, never writes. */
export async function scanWorkspace(workspace: string, patterns: string[]): Promise<FileScan[]> {
  const files = await findFiles(workspace, patterns);
  if (!files.length) throw new Error(`Input 'files': no file in the workspace matches ${patterns.map((p) => `'${p}'`).join(', ')}`);
  return files.map((f) => scanFile(f.file, f.path));
}
