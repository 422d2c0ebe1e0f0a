"use strict";
exports.id = 709;
exports.ids = [709];
exports.modules = {

/***/ 57709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePullRequest: () => (/* binding */ preparePullRequest)
});

// UNUSED EXPORTS: PULL_REQUEST_TITLE

;// CONCATENATED MODULE: ./lib/pullrequest/branch-rules.js
/** The trailer that marks the commit pinship made on its branch; its value is the branch's name. */
const PIN_TRAILER = 'Pinship-Pin';
/** The identity GITHUB_TOKEN's commits carry on GitHub (the bot's user id 41898282). */
const GITHUB_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/**
 * Names that are someone's long-lived branch in most repositories: pinship force-pushes its branch,
 * so it never takes one of these, whatever the repository protects.
 */
const PROTECTED_LOOKING = [/^(main|master|trunk|develop|development|production|release|HEAD)$/, /^releases?\//];
const PROTECTED_NAMES = 'main, master, trunk, develop, development, production, release, release/*, releases/*';
function looksProtected(branch) {
    return PROTECTED_LOOKING.some((p) => p.test(branch));
}
/** `git cat-file commit` output, read as far as ownership needs. */
function parseCommit(raw) {
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
const identityLine = (id) => `${id.name} <${id.email}>`;
/**
 * Why `c` is not the one commit pinship makes on `branch` (one parent, authored by `committer`,
 * the trailer naming the branch), or undefined when it is. Its parent's place on the base is the
 * caller's to check.
 */
function notPinships(c, branch, committer) {
    if (c.parents.length !== 1)
        return `it has ${c.parents.length} parents`;
    if (c.author !== identityLine(committer))
        return `it is authored by ${JSON.stringify(c.author)}`;
    if (!c.pinTrailers.includes(branch))
        return `it has no '${PIN_TRAILER}: ${branch}' trailer`;
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/settings/inputs.js
var inputs = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(48543);
;// CONCATENATED MODULE: ./lib/pullrequest/git-run.js

/** git in `cwd`; `secrets` are redacted from anything git says, `extra` is added to its environment. */
function gitIn(cwd, secrets, extra) {
    return {
        async run(args, opts = {}) {
            // No prompt: a missing or wrong token must fail the push, not wait for a terminal.
            const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra, ...opts.env };
            try {
                const out = await (0,exec/* execTool */.wc)('git', args, { cwd, env, input: opts.input, secrets });
                return out.stdout.trim();
            }
            catch (e) {
                throw e instanceof exec/* ExecError */.cI ? new GitError(args[0] ?? '', cwd, e) : e;
            }
        },
    };
}
/** Whether git succeeds: for commands whose exit status is the answer. */
function succeeds(git, args) {
    return git.run(args).then(() => true, () => false);
}
/** A failed git command, its message on one line, git's stderr (already redacted) kept for hints. */
class GitError extends Error {
    said;
    constructor(subcommand, cwd, e) {
        const said = gitSays(e.stderr) || `git exited with ${e.exitCode ?? 'a signal'}`;
        super(`git ${subcommand} failed in ${cwd}: ${said}`);
        this.name = 'GitError';
        this.said = said;
    }
}
/** Git's own words on a failure (e.g. `remote: Permission denied`, `! [rejected]`), on one line. */
function gitSays(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('To ') && !l.startsWith('hint:'));
    return lines.slice(-3).join('; ');
}
function said(e) {
    return e instanceof GitError ? e.said : e instanceof Error ? e.message : String(e);
}

// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(50228);
;// CONCATENATED MODULE: ./lib/pullrequest/git-remote.js

/** Plain HTTP is for a git server on this machine (the tests' own), nowhere else. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * Whether a git URL may carry the github-token or be pushed to: https://, plain http:// to
 * loopback, ssh (git's own keys; the token is not sent) and local paths. Refused: plain http://
 * elsewhere and git:// (the token or the push would cross the network in clear), remote helpers
 * (`ext::` runs commands) and any other transport.
 */
function transportAllowed(url) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url))
        return false;
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url)?.[1]?.toLowerCase();
    // Git reads `host:path` with no slash before the colon as ssh, anything else without a scheme as a path.
    if (!scheme)
        return true;
    if (scheme === 'http')
        return LOOPBACK.has(hostOf(url) ?? '');
    return ['https', 'ssh', 'git+ssh', 'ssh+git', 'file'].includes(scheme);
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
}
function checkTransport(url, what) {
    if (transportAllowed(url))
        return;
    throw new Error(`pull-request: ${what} ${JSON.stringify(shownUrl(url))} is not HTTPS: pinship sends the github-token only over https:// (plain http:// only to 127.0.0.1, localhost or ::1), and pushes over ssh or to a local path without it; point origin at the repository's https:// URL`);
}
/** origin's fetch and push URLs (insteadOf rules applied, as git applies them), each checked before git contacts it. */
async function remoteOf(git, fallback) {
    const url = await git.run(['remote', 'get-url', 'origin']).catch(() => '');
    if (!url) {
        checkTransport(fallback, "the repository's URL from GITHUB_SERVER_URL");
        return { name: fallback, urls: [fallback], shown: shownUrl(fallback) };
    }
    checkTransport(url, "origin's URL");
    const pushes = (await git.run(['remote', 'get-url', '--push', '--all', 'origin'])).split('\n').filter(Boolean);
    for (const p of pushes)
        checkTransport(p, "origin's push URL");
    return { name: 'origin', urls: [...new Set([url, ...pushes])], shown: `origin (${shownUrl(pushes[0] ?? url)})` };
}
function basicHeader(token) {
    return Buffer.from(`x-access-token:${token}`).toString('base64');
}
/**
 * The token as an HTTP header scoped to each remote URL's origin, handed to git in GIT_CONFIG_*
 * variables (as actions/checkout persists it, but never written to .git/config nor put on a command
 * line). The empty value first clears a header that checkout persisted, so git does not send two
 * Authorization headers (which GitHub rejects). GIT_CONFIG_COUNT needs git 2.31 or later.
 */
function authEnv(remoteUrls, token) {
    const origins = new Set();
    for (const url of remoteUrls) {
        if (!/^https?:\/\//i.test(url) || !transportAllowed(url))
            continue; // ssh and paths authenticate otherwise
        const u = new URL(url);
        origins.add(`${u.protocol}//${u.host}/`);
    }
    let n = Number(process.env.GIT_CONFIG_COUNT ?? '0') || 0;
    const env = {};
    for (const origin of origins) {
        const key = `http.${origin}.extraheader`;
        Object.assign(env, {
            [`GIT_CONFIG_KEY_${n}`]: key,
            [`GIT_CONFIG_VALUE_${n}`]: '',
            [`GIT_CONFIG_KEY_${n + 1}`]: key,
            [`GIT_CONFIG_VALUE_${n + 1}`]: `AUTHORIZATION: basic ${basicHeader(token)}`,
        });
        n += 2;
    }
    return origins.size ? { ...env, GIT_CONFIG_COUNT: String(n) } : {};
}
/** A remote URL fit for a log line: any user:password part (and query) removed; a path or scp-like address is shown as it is. */
function shownUrl(url) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return url;
    try {
        return (0,errors/* redactUrl */.BO)(url);
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./lib/pullrequest/git-branch.js







function refuse(branch, why) {
    return new inputs/* InputError */.dz('pull-request-branch', branch, `Expected a branch that only pinship writes, such as pinship/pin: ${why}, and pinship force-pushes its branch.`);
}
/**
 * Every refusal of the target, before anything is written: a name that is not a branch or looks
 * protected, a remote the token may not travel to, the branch checked out, the repository's
 * default branch, the base, and a branch on the remote whose tip is not pinship's own single commit
 * on top of a commit of the base. The tip read here is the lease of the later push, so a change
 * made after this check fails that push.
 */
async function prepareBranch(req, github) {
    const { branch } = req;
    if (looksProtected(branch))
        throw refuse(branch, `it looks like a protected branch (${PROTECTED_NAMES})`);
    const secrets = [req.token, basicHeader(req.token)];
    const plain = gitIn(req.workspace, secrets, identityEnv(req.committer));
    await checkBranchName(plain, branch);
    const remote = await remoteOf(plain, req.fallbackRemote);
    const git = gitIn(req.workspace, secrets, { ...identityEnv(req.committer), ...authEnv(remote.urls, req.token) });
    const head = await git.run(['rev-parse', '--verify', 'HEAD^{commit}']);
    const checkedOut = (await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')) || undefined;
    if (checkedOut === branch)
        throw refuse(branch, 'it is the branch checked out in the workspace');
    const defaultBranch = await github.defaultBranch();
    if (defaultBranch === branch)
        throw refuse(branch, "it is the repository's default branch");
    const base = req.base ?? checkedOut ?? defaultBranch;
    if (base === branch)
        throw refuse(branch, "it is the pull request's base");
    const heads = await readRemote(git, remote, [branch, base]);
    if (heads.defaultBranch === branch)
        throw refuse(branch, "it is the repository's default branch (origin's HEAD)");
    const tip = heads.tips.get(branch);
    if (tip) {
        const why = await notOwned(git, github, { branch, committer: req.committer, remote, tip, base, baseTip: heads.tips.get(base) });
        if (why) {
            throw new Error(`pull-request-branch '${branch}' is at ${tip} on ${remote.shown}, and that is not pinship's own commit: ${why}. pinship force-pushes only a branch that is absent or whose tip is one commit by ${identityLine(req.committer)} with the trailer '${PIN_TRAILER}: ${branch}' on top of a commit of ${base}; delete that branch or choose another pull-request-branch`);
        }
    }
    return { branch, base, head, tip, remote, git };
}
async function notOwned(git, github, o) {
    // Fetched into FETCH_HEAD only: no remote-tracking ref appears in the user's checkout.
    if (!(await succeeds(git, ['cat-file', '-e', `${o.tip}^{commit}`])))
        await git.run(['fetch', '--no-tags', '--quiet', o.remote.name, `refs/heads/${o.branch}`]);
    if (!(await succeeds(git, ['cat-file', '-e', `${o.tip}^{commit}`])))
        return 'it moved while pinship read it';
    const commit = parseCommit(await git.run(['cat-file', 'commit', o.tip]));
    const why = notPinships(commit, o.branch, o.committer);
    if (why)
        return why;
    const parent = commit.parents[0];
    if (parent === o.baseTip || (o.baseTip && (await github.contains(o.baseTip, parent))))
        return undefined;
    return `its parent ${parent} is not a commit of ${o.base}`;
}
/** The paths of `files` that HEAD holds as regular files, and the rest (new, git-ignored, or not a file at HEAD). */
async function trackedAtHead(t, files) {
    const regular = new Set();
    for (const entry of (await t.git.run(['ls-tree', '-r', '-z', t.head])).split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab > 0 && /^100(644|755) blob /.test(entry))
            regular.add(entry.slice(tab + 1));
    }
    return { tracked: files.filter((f) => regular.has(f)), untracked: files.filter((f) => !regular.has(f)) };
}
/**
 * Commits the files, as they are in the work tree, on top of HEAD and force-pushes that one commit
 * to the branch (leased on the tip prepareBranch checked), or returns undefined when the files equal
 * HEAD's. A temporary index keeps the user's work tree, index and HEAD untouched; the branch is
 * rebuilt from HEAD on every run, so reruns never pile up commits.
 */
async function commitToBranch(t, files, message) {
    const { git } = t;
    const tree = await treeWithFiles(git, t.head, files);
    if (tree === (await git.run(['rev-parse', `${t.head}^{tree}`])))
        return undefined;
    if (t.tip && (await git.run(['rev-parse', `${t.tip}^{tree}`])) === tree)
        return { commit: t.tip, pushed: false };
    const body = `${message.trimEnd()}\n\n${PIN_TRAILER}: ${t.branch}\n`;
    const commit = await git.run(['commit-tree', tree, '-p', t.head, '-F', '-'], { input: body });
    const ref = `refs/heads/${t.branch}`;
    await git.run(['push', `--force-with-lease=${ref}:${t.tip ?? ''}`, t.remote.name, `${commit}:${ref}`]).catch((e) => {
        throw new Error(`push of branch '${t.branch}' to ${t.remote.shown} was refused: ${said(e)}; ${pushHint(e, t.tip)}`);
    });
    return { commit, pushed: true };
}
async function checkBranchName(git, branch) {
    const ok = branch !== '' && !branch.startsWith('-') && (await succeeds(git, ['check-ref-format', `refs/heads/${branch}`]));
    if (!ok)
        throw new Error(`pull-request-branch '${branch}' is not a valid git branch name`);
}
function identityEnv(id) {
    return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}
/** HEAD's tree with the files replaced by their work-tree content, built in a throwaway index. */
async function treeWithFiles(git, head, files) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pinship-index-'));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
    try {
        await git.run(['read-tree', head], { env });
        // No --add: a path HEAD does not hold is an error here, never a new file in the commit.
        // Paths on stdin: a long list of files fits no command line.
        await git.run(['update-index', '-z', '--stdin'], { env, input: files.map((f) => `${f}\0`).join('') });
        return await git.run(['write-tree'], { env });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** One read of the remote: the branch HEAD names, and the tips of the given branches. */
async function readRemote(git, remote, branches) {
    const refs = branches.map((b) => `refs/heads/${b}`);
    const out = await git.run(['ls-remote', '--symref', remote.name, 'HEAD', ...refs]).catch((e) => {
        throw new Error(`reading branches from ${remote.shown} failed: ${said(e)}; the github-token needs \`contents: read\``);
    });
    const tips = new Map();
    let defaultBranch;
    for (const line of out.split('\n')) {
        const [left = '', name] = line.split('\t');
        if (name === 'HEAD' && left.startsWith('ref: refs/heads/'))
            defaultBranch = left.slice('ref: refs/heads/'.length);
        else if (name && refs.includes(name))
            tips.set(name.slice('refs/heads/'.length), left);
    }
    return { defaultBranch, tips };
}
function pushHint(e, tip) {
    if (said(e).includes('stale info')) {
        const was = tip ? `read it at ${tip.slice(0, 12)}` : 'found it absent';
        return `the branch changed on the remote since pinship ${was}; run again`;
    }
    return 'the github-token needs `contents: write` permission, and the branch must allow force pushes';
}

// EXTERNAL MODULE: ./lib/pullrequest/changes-table.js
var changes_table = __webpack_require__(25420);
;// CONCATENATED MODULE: ./lib/pullrequest/github-pulls.js
/** The repository's REST API. octokit is loaded on first use, so commands that never open a pull request do not load it. */
function gitHubRepo(conn) {
    const { owner, repo } = conn;
    let client;
    const api = async (op, permission, call) => {
        client ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 30542)).then(({ getOctokit }) => getOctokit(conn.token, { baseUrl: conn.apiUrl.replace(/\/+$/, '') }));
        const octokit = await client;
        return call(octokit).catch((e) => {
            throw apiError(e, op, permission, conn);
        });
    };
    let defaultBranch;
    return {
        defaultBranch: () => (defaultBranch ??= api("reading the repository's default branch", 'contents: read', (o) => o.rest.repos.get({ owner, repo })).then((r) => r.data.default_branch)),
        async contains(of, commit) {
            const answer = await api(`comparing ${commit.slice(0, 12)} with ${of.slice(0, 12)}`, 'contents: read', (o) => o.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${commit}...${of}`, per_page: 1 }).then((r) => r.data.status, (e) => {
                // GitHub answers 404 when the two commits share no history.
                if (e.status === 404)
                    return 'unrelated';
                throw e;
            }));
            return answer === 'identical' || answer === 'ahead';
        },
        async upsertPullRequest({ branch, base, title, body }) {
            const open = await api(`listing open pull requests from ${branch}`, 'pull-requests: read', (o) => o.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 100 }));
            const existing = open.data.find((p) => p.head.ref === branch);
            if (existing) {
                const { data } = await api(`updating pull request #${existing.number}`, 'pull-requests: write', (o) => o.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body }));
                return { url: data.html_url, number: data.number, created: false };
            }
            const { data } = await api(`creating a pull request from ${branch} into ${base}`, 'pull-requests: write', (o) => o.rest.pulls.create({ owner, repo, head: branch, base, title, body }));
            return { url: data.html_url, number: data.number, created: true };
        },
    };
}
/** One line, cause first: the status GitHub answered, its message, and what to change. */
function apiError(e, op, permission, spec) {
    const f = (typeof e === 'object' && e !== null ? e : {});
    const data = f.response?.data;
    // GitHub's 422s name the offending field, e.g. {"field":"base","code":"invalid"}.
    const details = (data?.errors ?? []).map((x) => (typeof x.message === 'string' ? x.message : [x.field, x.code].filter(Boolean).join(' ')));
    const said = [typeof data?.message === 'string' ? data.message : String(f.message ?? e), ...details].filter(Boolean).join('; ');
    const message = said
        .split(spec.token)
        .join('***')
        .replace(/\s*\n\s*/g, ' ');
    const repo = `${spec.owner}/${spec.repo}`;
    // octokit reports a request that got no answer at all as status 500 without a response.
    if (typeof f.status !== 'number' || !f.response)
        return new Error(`GitHub API at ${spec.apiUrl} could not be reached for ${op} in ${repo}: ${message}`);
    const hint = {
        401: 'the github-token is invalid or expired',
        403: `the github-token needs \`${permission}\` permission in ${repo}`,
        404: `${repo} does not exist or the github-token cannot see it`,
    };
    // GitHub's answer when the workflow token may not open pull requests whatever its permissions.
    const setting = /not permitted to create/i.test(message)
        ? "with GITHUB_TOKEN, turn on the repository setting 'Allow GitHub Actions to create and approve pull requests'"
        : undefined;
    const advice = [hint[f.status], setting].filter(Boolean).join('; ');
    const tail = advice ? `: ${advice}` : '';
    return new Error(`GitHub API answered ${f.status} to ${op} in ${repo} (${message})${tail}`);
}

;// CONCATENATED MODULE: ./lib/pullrequest/pull-request.js




const PULL_REQUEST_TITLE = 'Pin container images to digests';
/** GitHub refuses a pull request body over 65,536 characters; leave room for the prose around the table. */
const BODY_TABLE_LIMIT = 60_000;
/** Refuses a target pinship may not push to, before pin writes anything; see prepareBranch. */
async function preparePullRequest(s) {
    if (!s.token)
        throw new Error('github-token is empty: pull-request: true needs a token to push the branch and open the pull request');
    const { owner, repo } = s.repository;
    const github = gitHubRepo({ token: s.token, apiUrl: s.apiUrl, owner, repo });
    const target = await prepareBranch({
        workspace: s.workspace,
        branch: s.branch,
        token: s.token,
        committer: s.committer ?? GITHUB_ACTIONS_BOT,
        fallbackRemote: `${s.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}.git`,
        base: s.base,
    }, github);
    return {
        tracked: (files) => trackedAtHead(target, files),
        async open(files, changes) {
            if (changes.length === 0 || files.length === 0)
                return undefined;
            const summary = s.summary?.(changes.length, files.length) ??
                `pinship pinned ${(0,changes_table/* plural */.L)(changes.length, 'image reference')} in ${(0,changes_table/* plural */.L)(files.length, 'file')} to digests.`;
            const title = s.title ?? PULL_REQUEST_TITLE;
            const branch = await commitToBranch(target, files, `${title}\n\n${summary}\n`);
            if (!branch) {
                s.log('pull request: the pinned files already equal HEAD; nothing to propose');
                return undefined;
            }
            const short = branch.commit.slice(0, 12);
            s.log(branch.pushed ? `pushed ${short} to branch ${s.branch}` : `branch ${s.branch} already holds these files at ${short}; no new commit`);
            const pr = await github.upsertPullRequest({
                branch: s.branch,
                base: target.base,
                title,
                body: `${summary}\n\n${(0,changes_table/* changesTable */.E)(changes, BODY_TABLE_LIMIT)}`,
            });
            s.log(`${pr.created ? 'opened' : 'updated'} pull request #${pr.number}: ${pr.url}`);
            return { ...pr, commit: branch.commit };
        },
    };
}


/***/ })

};
;