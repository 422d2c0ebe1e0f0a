import type { Repository } from './reference.js';

/**
 * Token scopes (the distribution token spec's `repository:<name>:<actions>`) a request needs. The
 * token cache keys on the exact list, so every module asks with these and shares the tokens.
 */
export const pullScopes = (repo: Repository): string[] => [`repository:${repo.path}:pull`];

export const pushScopes = (repo: Repository): string[] => [`repository:${repo.path}:pull,push`];

export const deleteScopes = (repo: Repository): string[] => [`repository:${repo.path}:delete`, ...pushScopes(repo)];
