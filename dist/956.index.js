"use strict";
exports.id = 956;
exports.ids = [956];
exports.modules = {

/***/ 8956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openPullRequest: () => (/* binding */ openPullRequest)
});

// UNUSED EXPORTS: PULL_REQUEST_TITLE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/registry/errors.js
var errors = __webpack_require__(228);
// EXTERNAL MODULE: ./lib/util/exec.js
var exec = __webpack_require__(8543);
;// CONCATENATED MODULE: ./lib/commands/pin/git-branch.js





/** The identity GITHUB_TOKEN's commits carry on GitHub (the bot's user id 41898282). */
const GITHUB_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/**
 * Commits the listed files, as they are in the work tree, on top of HEAD and force-pushes that one
 * commit to `branch`, or returns undefined when the files equal HEAD's (nothing to propose).
 * A temporary index keeps the user's work tree, index and HEAD untouched; the branch is rebuilt
 * from HEAD on every run, so reruns never pile up commits and the PR always shows one commit
 * against the current base. The lease protects a push made by someone else since we looked.
 */
async function commitToBranch(req) {
    const plain = gitIn(req.workspace, req.token, identityEnv(req.committer));
    await checkBranchName(plain, req.branch);
    const remote = await originOf(plain, req.fallbackRemote);
    const git = gitIn(req.workspace, req.token, { ...identityEnv(req.committer), ...authEnv(remote.url, req.token) });
    const head = await git.run(['rev-parse', '--verify', 'HEAD^{commit}']);
    const checkedOut = (await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')) || undefined;
    const tree = await treeWithFiles(git, req.files);
    if (tree === (await git.run(['rev-parse', 'HEAD^{tree}'])))
        return undefined;
    const ref = `refs/heads/${req.branch}`;
    const remoteCommit = await remoteHead(git, remote.name, ref);
    if (remoteCommit && (await treeOf(git, remote.name, ref, remoteCommit)) === tree) {
        return { commit: remoteCommit, pushed: false, checkedOut };
    }
    const commit = await git.run(['commit-tree', tree, '-p', head, '-F', '-'], { input: req.message });
    await git.run(['push', `--force-with-lease=${ref}:${remoteCommit ?? ''}`, remote.name, `${commit}:${ref}`]).catch((e) => {
        throw new Error(`push of branch '${req.branch}' to ${remote.shown} was refused: ${said(e)}; ${pushHint(e)}`);
    });
    return { commit, pushed: true, checkedOut };
}
function gitIn(cwd, token, extra) {
    const header = basicHeader(token);
    return {
        async run(args, opts = {}) {
            // No prompt: a missing or wrong token must fail the push, not wait for a terminal.
            const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra, ...opts.env };
            try {
                const out = await (0,exec/* execTool */.wc)('git', args, { cwd, env, input: opts.input, secrets: [token, header] });
                return out.stdout.trim();
            }
            catch (e) {
                throw e instanceof exec/* ExecError */.cI ? new GitError(args[0] ?? '', cwd, e) : e;
            }
        },
    };
}
async function checkBranchName(git, branch) {
    const ok = branch !== '' &&
        !branch.startsWith('-') &&
        (await git.run(['check-ref-format', `refs/heads/${branch}`]).then(() => true, () => false));
    if (!ok)
        throw new Error(`pull-request-branch '${branch}' is not a valid git branch name`);
}
async function originOf(git, fallback) {
    const url = await git.run(['remote', 'get-url', 'origin']).catch(() => '');
    if (url)
        return { name: 'origin', url, shown: `origin (${shownUrl(url)})` };
    return { name: fallback, url: fallback, shown: shownUrl(fallback) };
}
function identityEnv(id) {
    return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}
function basicHeader(token) {
    return Buffer.from(`x-access-token:${token}`).toString('base64');
}
/**
 * The token as an HTTP header scoped to the remote's origin, handed to git in GIT_CONFIG_* variables
 * (as actions/checkout persists it, but never written to .git/config nor put on a command line).
 * The empty value first clears a header that checkout persisted, so git does not send two
 * Authorization headers (which GitHub rejects). GIT_CONFIG_COUNT needs git 2.31 or later.
 */
function authEnv(remoteUrl, token) {
    let origin;
    try {
        const u = new URL(remoteUrl);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return {};
        origin = `${u.protocol}//${u.host}/`;
    }
    catch {
        return {}; // scp-like ssh remotes (git@host:path) authenticate with their own keys
    }
    const n = Number(process.env.GIT_CONFIG_COUNT ?? '0') || 0;
    const key = `http.${origin}.extraheader`;
    return {
        GIT_CONFIG_COUNT: String(n + 2),
        [`GIT_CONFIG_KEY_${n}`]: key,
        [`GIT_CONFIG_VALUE_${n}`]: '',
        [`GIT_CONFIG_KEY_${n + 1}`]: key,
        [`GIT_CONFIG_VALUE_${n + 1}`]: `AUTHORIZATION: basic ${basicHeader(token)}`,
    };
}
/** HEAD's tree with the files replaced by their work-tree content, built in a throwaway index. */
async function treeWithFiles(git, files) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pinship-index-'));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
    try {
        await git.run(['read-tree', 'HEAD'], { env });
        // Paths on stdin: a long list of files fits no command line.
        await git.run(['update-index', '--add', '--remove', '-z', '--stdin'], { env, input: files.map((f) => `${f}\0`).join('') });
        return await git.run(['write-tree'], { env });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function remoteHead(git, remote, ref) {
    const out = await git.run(['ls-remote', remote, ref]).catch((e) => {
        throw new Error(`reading branch ${ref} from ${remote} failed: ${said(e)}; the github-token needs \`contents: read\``);
    });
    const line = out.split('\n').find((l) => l.endsWith(`\t${ref}`));
    return line?.split('\t')[0];
}
/** The tree of the remote branch's commit, fetched only when the workspace lacks it. */
async function treeOf(git, remote, ref, commit) {
    const have = await git.run(['cat-file', '-e', `${commit}^{commit}`]).then(() => true, () => false);
    // Fetched into FETCH_HEAD only: no remote-tracking ref appears in the user's checkout.
    if (!have)
        await git.run(['fetch', '--no-tags', '--quiet', remote, ref]);
    return git.run(['rev-parse', `${commit}^{tree}`]);
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
function pushHint(e) {
    if (said(e).includes('stale info'))
        return 'the branch changed on the remote while pinship ran; run again';
    return 'the github-token needs `contents: write` permission, and the branch must allow force pushes';
}
/** A remote URL fit for a log line: any user:password part (and query) removed; a path is shown as it is. */
function shownUrl(url) {
    try {
        return (0,errors/* redactUrl */.BO)(url);
    }
    catch {
        return url;
    }
}

// EXTERNAL MODULE: ./lib/commands/pin/changes-table.js
var changes_table = __webpack_require__(4362);
;// CONCATENATED MODULE: ./lib/commands/pin/github-pulls.js
/**
 * Updates the open pull request from `branch`, or opens one. octokit is loaded here, on first
 * use, so commands that never open a pull request do not load it.
 */
async function upsertPullRequest(spec) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 542));
    const octokit = getOctokit(spec.token, { baseUrl: spec.apiUrl.replace(/\/+$/, '') });
    const api = (op, permission, call) => call().catch((e) => {
        throw apiError(e, op, permission, spec);
    });
    const { owner, repo, branch, title, body } = spec;
    const open = await api(`listing open pull requests from ${branch}`, 'pull-requests: read', () => octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 100 }));
    const existing = open.data.find((p) => p.head.ref === branch);
    if (existing) {
        const { data } = await api(`updating pull request #${existing.number}`, 'pull-requests: write', () => octokit.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body }));
        return { url: data.html_url, number: data.number, created: false };
    }
    const base = spec.base ?? (await api(`reading ${owner}/${repo}`, 'contents: read', () => octokit.rest.repos.get({ owner, repo }))).data.default_branch;
    const { data } = await api(`creating a pull request from ${branch} into ${base}`, 'pull-requests: write', () => octokit.rest.pulls.create({ owner, repo, head: branch, base, title, body }));
    return { url: data.html_url, number: data.number, created: true };
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

;// CONCATENATED MODULE: ./lib/commands/pin/pull-request.js



const PULL_REQUEST_TITLE = 'Pin container images to digests';
/** GitHub refuses a pull request body over 65,536 characters; leave room for the prose around the table. */
const BODY_TABLE_LIMIT = 60_000;
/**
 * Commits the files pin rewrote to `req.branch` and opens, or updates, its pull request.
 * Undefined when there is nothing to propose: no change, or the files already equal HEAD's.
 */
async function openPullRequest(req) {
    if (req.changes.length === 0 || req.files.length === 0)
        return undefined;
    if (!req.token)
        throw new Error('github-token is empty: pull-request: true needs a token to push the branch and open the pull request');
    const { owner, repo } = req.repository;
    const summary = `pinship pinned ${(0,changes_table/* plural */.L)(req.changes.length, 'image reference')} in ${(0,changes_table/* plural */.L)(req.files.length, 'file')} to digests.`;
    const branch = await commitToBranch({
        workspace: req.workspace,
        files: req.files,
        branch: req.branch,
        token: req.token,
        message: `${PULL_REQUEST_TITLE}\n\n${summary}\n`,
        committer: req.committer ?? GITHUB_ACTIONS_BOT,
        fallbackRemote: `${req.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}.git`,
    });
    if (!branch) {
        req.log('pull request: the pinned files already equal HEAD; nothing to propose');
        return undefined;
    }
    const short = branch.commit.slice(0, 12);
    req.log(branch.pushed ? `pushed ${short} to branch ${req.branch}` : `branch ${req.branch} already holds these files at ${short}; no new commit`);
    const checkedOut = branch.checkedOut === req.branch ? undefined : branch.checkedOut;
    const pr = await upsertPullRequest({
        token: req.token,
        apiUrl: req.apiUrl,
        owner,
        repo,
        branch: req.branch,
        base: req.base ?? checkedOut,
        title: PULL_REQUEST_TITLE,
        body: `${summary}\n\n${(0,changes_table/* changesTable */.E)(req.changes, BODY_TABLE_LIMIT)}`,
    });
    req.log(`${pr.created ? 'opened' : 'updated'} pull request #${pr.number}: ${pr.url}`);
    return { ...pr, commit: branch.commit };
}


/***/ })

};
;