import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** A registry's answer as Transport.request hands it over: the head read, the body still to consume. */
export interface RegistryResponse {
  status: number;
  headers: IncomingHttpHeaders;
  url: URL;
  /** The body stream; read it, or call discard(), or the connection is not reused. */
  body: IncomingMessage;
  /** The whole body, refused with a TooLargeError past `limit` bytes; `what` names it in that error. */
  buffer(limit: number, what: string): Promise<Buffer>;
  discard(): void;
}
