/** A parsed WWW-Authenticate challenge (RFC 7235), as registries send it on 401. */
export interface Challenge {
  /** Lowercased; 'basic' and 'bearer' are the ones pinship answers. */
  scheme: string;
  params: Record<string, string>;
}

/**
 * Registries send one challenge; the grammar allows several, but a comma also separates
 * parameters, so only the first scheme is read, which is what docker and containerd do.
 */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
  let p: RegExpExecArray | null;
  while ((p = re.exec(m[2] ?? '')) !== null) {
    params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme: m[1].toLowerCase(), params };
}
