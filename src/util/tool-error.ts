/** What a failed tool said about its failure: its own error lines and, for a build, the step that failed. */
export interface ToolFailure {
  errors: string[];
  step?: string;
}

/**
 * Where each builder names the step it is running: BuildKit's error box (` > [3/3] RUN x:`) and
 * progress (`#6 [3/3] RUN x`), the classic builder (`Step 3/3 : RUN x`), buildah and podman (`STEP 3/3: RUN x`).
 */
const STEP_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^\s*> (\[[^\]]+\] .+?):?$/, (m) => m[1]],
  [/^#\d+ (\[(?!internal\])[^\]]+\] .+)$/, (m) => m[1]],
  [/^Step (\d+\/\d+) : (.+)$/, (m) => `${m[1]} ${m[2]}`],
  [/^STEP (\d+\/\d+): (.+)$/, (m) => `${m[1]} ${m[2]}`],
];

const ERROR_LINE = /(^|\s)(ERROR|Error|error)(:|\s)|returned a non-zero code/;

function lastStep(lines: string[]): string | undefined {
  for (const [pattern, name] of STEP_PATTERNS) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = pattern.exec(lines[i]);
      if (m) return name(m);
    }
  }
  return undefined;
}

/** The builder's error lines (without BuildKit's `#6 ` prefix), last three kept; else the output's last lines. */
export function toolFailure(output: string): ToolFailure {
  const lines = output
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
  const errors = [...new Set(lines.filter((l) => ERROR_LINE.test(l)).map((l) => l.replace(/^#\d+ (\d+\.\d+ )?/, '').trim()))].slice(-3);
  const step = lastStep(lines);
  return { errors: errors.length ? errors : lines.slice(-5), ...(step ? { step } : {}) };
}
