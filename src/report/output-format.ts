/** Multi-line outputs are one value per line, as the runner's `<<EOF` outputs and metadata-action's carry them. */
export const lines = (xs: string[]): string => xs.join('\n');

/** Labels as metadata-action outputs them: `KEY=VALUE` per line. */
export const labelLines = (labels: Record<string, string>): string => lines(Object.entries(labels).map(([k, v]) => `${k}=${v}`));
