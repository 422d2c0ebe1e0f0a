/** Where a finding is: the workspace-relative file and 1-based position GitHub shows it at. */
export interface AnnotationLocation {
  file: string;
  startLine: number;
  startColumn: number;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * Where inputs come from and outputs go: the Actions runner or the command line. Commands see only
 * this interface, so the action and the CLI run the same code.
 */
export interface Runtime {
  /** An input's raw value, '' when unset. */
  input(name: string): string;
  setOutput(name: string, value: string): void;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  // Properties, not methods: commands hand these on as loggers (`log: rt.info`), detached from the runtime.
  info: (message: string) => void;
  notice: (message: string) => void;
  warning: (message: string) => void;
  /** A message attached to a line of a file (on GitHub, an annotation shown in the diff). */
  annotate(level: AnnotationLevel, message: string, where: AnnotationLocation): void;
  /** Appends markdown to the job summary, where there is one. */
  summary(markdown: string): Promise<void>;
  /** State carried from the main step to the post step. */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  setFailed(message: string): void;
  env: NodeJS.ProcessEnv;
}

/** What a command hands back: outputs to set, and a job summary to append. */
export interface CommandResult {
  outputs: Record<string, string>;
  summary?: string;
  /** Fails the step after outputs and summary are written (verify's findings). */
  failure?: string;
}
