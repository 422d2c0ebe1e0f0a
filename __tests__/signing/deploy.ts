import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `::error file=F,line=L,col=C::message` lines as `F:L level message`. */
export const annotations = (stdout: string): string[] =>
  [...stdout.matchAll(/^::(error|warning) file=([^,]+),line=(\d+),col=\d+::(.*)$/gm)].map((m) => `${m[2]}:${m[3]} ${m[1]} ${m[4]}`);

/** A workspace with k8s/app.yaml naming `images`, the first on line 5, one a line. */
export function workspace(images: string[]): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  mkdirSync(join(ws, 'k8s'));
  writeFileSync(join(ws, 'k8s', 'app.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${images.map((i) => `    - image: ${i}\n`).join('')}`);
  return ws;
}
