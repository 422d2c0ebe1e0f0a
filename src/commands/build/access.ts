import type { RegistryClient } from '../../registry/client.js';
import type { Repository } from '../../registry/reference.js';

/** Push access to every repository, asked while the builder works instead of before it starts. */
export interface AccessCheck {
  /** Aborted as soon as a repository refuses: the builder's tool is stopped. */
  signal: AbortSignal;
  /** Resolves once every repository accepts; rejects with the first refusal. */
  done: Promise<void>;
  /** Whether each repository's registry knows it (RegistryClient.repositoryKnown, never rejects), asked alongside. */
  known: Array<Promise<boolean>>;
}

export function startAccessCheck(client: RegistryClient, repos: Repository[]): AccessCheck {
  const refused = new AbortController();
  const done = Promise.all(repos.map((r) => client.checkPushAccess(r))).then(() => undefined);
  done.catch(() => refused.abort());
  return { signal: refused.signal, done, known: repos.map((r) => client.repositoryKnown(r)) };
}

/**
 * Runs the build, stopped if push access is refused meanwhile; the refusal is then the error (the
 * builder's own failure is only its consequence), and nothing has been written to a registry: the
 * push starts only once every repository accepted. A build that writes to a registry itself
 * (`cache-to`) waits for the answer first, as every build did before.
 */
export async function buildChecked<T>(access: AccessCheck | undefined, writesRegistry: boolean, build: (signal?: AbortSignal) => Promise<T>): Promise<T> {
  if (!access) return build();
  // Refused already (the builder was still being chosen): the builder is not started at all.
  if (writesRegistry || access.signal.aborted) await access.done;
  let result: T;
  try {
    result = await build(access.signal);
  } catch (e) {
    await access.done;
    throw e;
  }
  await access.done;
  return result;
}
