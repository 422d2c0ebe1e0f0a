/** What a caught value says: its message when it is an Error, else its text. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
