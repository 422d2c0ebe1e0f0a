/** The trailer that marks the commit pinship made on its branch; its value is the branch's name. */
export const PIN_TRAILER = 'Pinship-Pin';

export interface Identity {
  name: string;
  email: string;
}

/** The identity GITHUB_TOKEN's commits carry on GitHub (the bot's user id 41898282). */
export const GITHUB_ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * Names that are someone's long-lived branch in most repositories: pinship force-pushes its branch,
 * so it never takes one of these, whatever the repository protects.
 */
const PROTECTED_LOOKING = [/^(main|master|trunk|develop|development|production|release|HEAD)$/, /^releases?\//];
export const PROTECTED_NAMES = 'main, master, trunk, develop, development, production, release, release/*, releases/*';

export function looksProtected(branch: string): boolean {
  return PROTECTED_LOOKING.some((p) => p.test(branch));
}

export interface CommitInfo {
  parents: string[];
  /** `Name <email>` */
  author: string;
  /** The values of PIN_TRAILER in the message's last paragraph. */
  pinTrailers: string[];
}

/** `git cat-file commit` output, read as far as ownership needs. */
export function parseCommit(raw: string): CommitInfo {
  const split = raw.indexOf('\n\n');
  const headers = (split < 0 ? raw : raw.slice(0, split)).split('\n');
  const message = split < 0 ? '' : raw.slice(split + 2);
  const author = headers.find((h) => h.startsWith('author '))?.slice('author '.length) ?? '';
  const paragraphs = message.trimEnd().split(/\n[ \t]*\n/);
  const prefix = `${PIN_TRAILER}: `;
  return {
    parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice('parent '.length).trim()),
    author: author.replace(/ \d+ [+-]\d{4}$/, ''),
    pinTrailers: (paragraphs.at(-1) ?? '')
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length).trim()),
  };
}

export const identityLine = (id: Identity): string => `${id.name} <${id.email}>`;

/**
 * Why `c` is not the one commit pinship makes on `branch` (one parent, authored by `committer`,
 * the trailer naming the branch), or undefined when it is. Its parent's place on the base is the
 * caller's to check.
 */
export function notPinships(c: CommitInfo, branch: string, committer: Identity): string | undefined {
  if (c.parents.length !== 1) return `it has ${c.parents.length} parents`;
  if (c.author !== identityLine(committer)) return `it is authored by ${JSON.stringify(c.author)}`;
  if (!c.pinTrailers.includes(branch)) return `it has no '${PIN_TRAILER}: ${branch}' trailer`;
  return undefined;
}
