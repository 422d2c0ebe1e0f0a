import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { Readable } from 'node:stream';
import { readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readBounded } from '../registry/http.js';
import { SMALL_BODY_MAX_BYTES } from '../registry/limits.js';
import { execTool } from '../util/exec.js';
import { extractTar, type ExtractedTar } from '../util/tar.js';

/**
 * The engine's unix socket when the docker CLI would use it too: DOCKER_HOST=unix://..., or the
 * default socket with no other context selected. Anything else (tcp, ssh, contexts) goes
 * through the CLI, which knows how to reach it.
 */
export async function engineSocket(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.DOCKER_CONTEXT) return undefined;
  if (env.DOCKER_HOST) return env.DOCKER_HOST.startsWith('unix://') ? env.DOCKER_HOST.slice('unix://'.length) : undefined;
  try {
    const config = JSON.parse(await readFile(join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json'), 'utf8')) as { currentContext?: string };
    if (config.currentContext && config.currentContext !== 'default') return undefined;
  } catch {
    // No config: the default context.
  }
  return '/var/run/docker.sock';
}

function engineError(socket: string, request: string, status: number, body: string): Error {
  let message = body.trim();
  try {
    message = (JSON.parse(body) as { message?: string }).message ?? message;
  } catch {
    // Plain text answer.
  }
  return new Error(`docker engine at ${socket}: ${request} returned HTTP ${status}: ${message}`);
}

/** An answer read whole, bounded like every other one pinship reads whole: the engine socket is as untrusted as a registry. */
const smallBody = (res: http.IncomingMessage, socket: string, request: string): Promise<Buffer> =>
  readBounded(res, SMALL_BODY_MAX_BYTES, `the answer to ${request}`, `the docker engine at ${socket}`);

/** One engine API call over its unix socket, answered with a small body; an answer other than 2xx is the error. */
export async function engineCall(socket: string, method: string, path: string): Promise<Buffer> {
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http
      .request({ socketPath: socket, method, path, headers: { host: 'docker' } }, resolve)
      .on('error', reject)
      .end();
  });
  const body = await smallBody(res, socket, `${method} ${path}`);
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 299) throw engineError(socket, `${method} ${path}`, status, body.toString('utf8'));
  return body;
}

/**
 * `docker image rm IMAGE` (never forced: an image someone tagged or a container uses stays), over the
 * engine's socket when it is local: the CLI's start costs more than the removal (~70 ms here).
 */
export async function removeImage(imageId: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const socket = await engineSocket(env);
  if (!socket) {
    await execTool('docker', ['image', 'rm', imageId], { env });
    return;
  }
  await engineCall(socket, 'DELETE', `/images/${encodeURIComponent(imageId)}`);
}

/** `GET /images/{id}/get`: the engine's `docker save` archive of one image, as it streams. */
async function engineSave(socket: string, imageId: string): Promise<http.IncomingMessage> {
  const path = `/images/${encodeURIComponent(imageId)}/get`;
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get({ socketPath: socket, path, headers: { host: 'docker' } }, resolve).on('error', reject);
  });
  if (res.statusCode !== 200) {
    throw engineError(socket, `GET ${path}`, res.statusCode ?? 0, (await smallBody(res, socket, `GET ${path}`)).toString('utf8'));
  }
  return res;
}

/**
 * `docker save IMAGE` unpacked into `dir`, streamed from the engine API when its socket is local.
 * Either way pinship's own extractor unpacks it: no links are created, nothing lands outside `dir`.
 */
export async function saveImage(imageId: string, dir: string, env: NodeJS.ProcessEnv = process.env): Promise<ExtractedTar> {
  const socket = await engineSocket(env);
  if (!socket) {
    const tarFile = `${dir}.tar`;
    await execTool('docker', ['save', '--output', tarFile, imageId]);
    try {
      return await extractTar(createReadStream(tarFile), dir);
    } finally {
      await rm(tarFile, { force: true });
    }
  }
  return extractTar(await engineSave(socket, imageId), dir);
}

/**
 * `docker save IMAGE` as a stream: from the engine's socket as it is written when that is local,
 * else the CLI's archive written to `tarFile` first (removed once read).
 */
export async function openSavedImage(imageId: string, tarFile: string, env: NodeJS.ProcessEnv = process.env): Promise<Readable> {
  const socket = await engineSocket(env);
  if (socket) return engineSave(socket, imageId);
  await execTool('docker', ['save', '--output', tarFile, imageId], { env });
  return createReadStream(tarFile).once('close', () => void rm(tarFile, { force: true }));
}

/**
 * The diff IDs the engine's image config lists, when the engine's socket is local (a few ms); else
 * undefined. Only a hint for reading the saved archive early: the config in the archive decides.
 */
export async function engineDiffIds(imageId: string, env: NodeJS.ProcessEnv = process.env): Promise<string[] | undefined> {
  const socket = await engineSocket(env);
  if (!socket) return undefined;
  try {
    const inspect = JSON.parse((await engineCall(socket, 'GET', `/images/${encodeURIComponent(imageId)}/json`)).toString('utf8')) as {
      RootFS?: { Layers?: unknown };
    };
    const layers = inspect.RootFS?.Layers;
    return Array.isArray(layers) && layers.every((l) => typeof l === 'string') ? layers : undefined;
  } catch {
    return undefined;
  }
}
