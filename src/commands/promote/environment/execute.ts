import { writeFile } from 'node:fs/promises';
import { annotateProblems, annotateTemplated, problemLines } from '../../../deployfiles/report.js';
import type { Problem } from '../../../deployfiles/types.js';
import type { CommandResult, Runtime } from '../../../host/runtime.js';
import { registryClient } from '../../../settings/registry-client.js';
import { readSignatureCheck, readSigner } from '../../../settings/signing.js';
import { leftUntouched } from '../../../report/failure.js';
import { changedOutput } from '../../../publish/stats.js';
import { promoteRelease } from './copy.js';
import { imageLine, imageRecord, releaseSummary } from './outputs.js';
import { scanPinFiles, type PinFilesOutcome } from './pin-files.js';
import { scanRelease } from './plan.js';
import { onlyTracked, preparePromotePullRequest } from './pull-request.js';
import type { EnvironmentSettings } from './settings.js';

function stop(rt: Runtime, problems: Problem[], input: string): void {
  if (!problems.length) return;
  annotateProblems(rt, problems);
  throw new Error(`${problems.length} problem(s) in the files of input '${input}'; nothing was promoted and no file was changed:\n${problemLines(problems)}`);
}

const noFiles = (): PinFilesOutcome => ({ files: [], changed: [], untouched: [], problems: [] });

/** Promote with `files` once its inputs have been read (../command.ts). */
export async function executeEnvironmentPromote(s: EnvironmentSettings, rt: Runtime): Promise<CommandResult> {
  const signer = readSigner(rt);
  const check = readSignatureCheck(rt, 'promote');
  let count = 0;
  const pullRequest = s.pullRequest ? await preparePromotePullRequest(s, rt, () => count) : undefined;
  const release = await scanRelease(s.workspace, s.files, s.map, s.tags);
  annotateTemplated(rt, release.scans);
  stop(rt, release.problems, 'files');
  if (!release.images.length)
    throw new Error(`Input 'files': the files pin no image (patterns ${s.files.map((f) => `'${f}'`).join(', ')}); nothing to promote`);
  count = release.images.length;
  let pins = s.pinFiles.length ? await scanPinFiles(s.workspace, s.pinFiles, release.images) : noFiles();
  stop(rt, pins.problems, 'pin-files');
  if (pullRequest) pins = await onlyTracked(pullRequest, pins, rt);
  for (const u of pins.untouched) rt.info(`pin-files: ${u.file}:${u.line} ${JSON.stringify(u.written)} is not an image of this release; left as written`);

  const client = registryClient(s.registry, rt);
  try {
    rt.info(`promoting ${release.images.length} images: ${release.images.map((i) => `${i.source}@${i.digest} => ${i.destination}`).join(', ')}`);
    leftUntouched(
      'every file. Content is copied by digest for every image first and tags move last: the error says whether any tag was written ("no tag was written anywhere", or the tags already written).',
    );
    const promoted = await promoteRelease(client, release.images, {
      referrers: s.referrers,
      concurrency: s.concurrency,
      ...(signer ? { signer } : {}),
      ...(check.requireSignature ? { requireSignedBy: { key: check.publicKey, identity: check.identity } } : {}),
      log: (m) => rt.info(m),
    });
    leftUntouched("every file of input 'pin-files': they are written only once every tag was read back.");
    for (const f of pins.files) await writeFile(f.path, f.text, 'utf8');
    const pr = await pullRequest?.open(
      pins.files.map((f) => f.file),
      pins.changed,
    );
    const records = promoted.map(imageRecord);
    const outputs: Record<string, string> = {
      images: promoted.map(imageLine).join('\n'),
      metadata: JSON.stringify(records),
      'changed-files': pins.files.map((f) => f.file).join('\n'),
      // The same test as build's, promote's and merge's `changed`, plus the files this one rewrites.
      changed: String(pins.files.length > 0 || changedOutput(promoted.map((p) => p.stats)) === 'true'),
      ...(pr ? { 'pull-request-url': pr.url } : {}),
    };
    return {
      outputs,
      summary: releaseSummary({ records, changes: pins.changed, changedFiles: pins.files.map((f) => f.file), untouched: pins.untouched, pullRequest: pr }),
    };
  } finally {
    client.close();
  }
}
