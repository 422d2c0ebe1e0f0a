import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { findFiles } from '../util/find-files.js';
import { isDockerfile, locateDockerfile } from './locators/dockerfile.js';
import { isKustomization } from './locators/kustomize.js';
import { depthMessage } from './nodes.js';
import { decodeText, LineIndex, MAX_FILE_BYTES, sizeProblem } from './text.js';
import { LocatedError, type FileScan, type Site } from './types.js';
import { locateYamlFile, type Located } from './yaml-file.js';

type Kind = 'yaml' | 'json' | 'dockerfile';

function kindOf(file: string): Kind | undefined {
  if (isDockerfile(file)) return 'dockerfile';
  if (/\.ya?ml$/i.test(file) || isKustomization(file)) return 'yaml';
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
    scan.problems.push({
      file,
      line: 1,
      column: 1,
      message: 'not a YAML (.yaml, .yml), JSON (.json) or Dockerfile (Dockerfile, *.Dockerfile, Containerfile) file; narrow the files patterns',
    });
    return scan;
  }
  const lines = new LineIndex(text);
  try {
    const seen = new Set<string>();
    const located = locate(kind, file, text);
    for (const t of located.templated) {
      scan.templated.push({
        file,
        ...lines.position(t.offset),
        message: `'${t.value}' is a template, not an image reference: pinship neither pins nor verifies it`,
      });
    }
    for (const f of located.found.sort((a, b) => a.offset - b.offset)) {
      // One ARG default named by two FROMs is one place in the file; a YAML anchor's text is one more use per alias.
      const key = [f.offset, ...f.via.map((v) => v.offset)].join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const site: Site = { file, ...lines.position(f.offset), format: f.format, written: f.written, ref: f.ref, target: f.target };
      if (f.via.length) site.uses = f.via.map((v) => ({ kind: v.kind, ...lines.position(v.offset) }));
      scan.sites.push(site);
    }
  } catch (e) {
    // Past the depth limits a recursive reader could still run out of stack: the file is a problem, not a crash.
    const located = e instanceof RangeError && /call stack/i.test(e.message) ? new LocatedError(0, depthMessage) : e;
    if (!(located instanceof LocatedError)) throw e;
    scan.sites = [];
    scan.templated = [];
    scan.problems.push({ file, ...lines.position(located.offset), message: located.message });
  }
  return scan;
}

// One buffer for every file, grown as needed: scanFile decodes each file into a string before the next is read.
let shared = Buffer.allocUnsafe(1 << 16);

/**
 * The file's bytes (valid until the next call), or why it is too large to read. Reads to the end without
 * an fstat, since this runs per file (an fstat builds a Stats object with four Dates each time); only a
 * file past the limit is measured, for the message.
 */
function readBounded(path: string): Buffer | { problem: string } {
  const fd = openSync(path, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n === shared.length) {
        if (n > MAX_FILE_BYTES) return sizeProblem(fstatSync(fd).size) ?? sizeProblem(n)!;
        const grown = Buffer.allocUnsafe(Math.min(n * 2, MAX_FILE_BYTES + 1));
        shared.copy(grown, 0, 0, n);
        shared = grown;
      }
      const got = readSync(fd, shared, n, shared.length - n, null);
      if (!got) return shared.subarray(0, n);
      n += got;
    }
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
