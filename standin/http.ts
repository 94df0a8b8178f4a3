// What every stand-in server shares: listening on loopback on a free port, reading bodies, the request
// log, and closing promptly (open keep-alive sockets included) when the stand-in stops.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ServiceName = 'sts' | 's3' | 'pinpoint' | 'oidc' | 'customer-profiles' | 'profile-uploads';

/** One line of the request log. `status` is 0 when the stand-in dropped the connection on purpose. */
export interface RequestLogEntry {
  service: ServiceName;
  operation: string;
  status: number;
  caller?: string;
}

/** What a handler learns about a request as it goes; logged once the answer is sent or dropped. */
export interface Exchange {
  service: ServiceName;
  operation: string;
  caller?: string;
  dropped: boolean;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, exchange: Exchange) => Promise<void>;

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function listen(
  service: ServiceName,
  handler: Handler,
  log: RequestLogEntry[],
  onError: (error: unknown) => void = (error) => console.error(`stand-in ${service}:`, error),
): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const exchange: Exchange = { service, operation: 'Unknown', dropped: false };
    res.on('close', () => {
      const entry: RequestLogEntry = {
        service,
        operation: exchange.operation,
        status: exchange.dropped || !res.headersSent ? 0 : res.statusCode,
      };
      if (exchange.caller) entry.caller = exchange.caller;
      log.push(entry);
    });
    handler(req, res, exchange).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('stand-in internal error');
      } else {
        res.destroy();
      }
    });
  });
  // Clients keep connections alive; without this a closing server would wait for them.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  };
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Drops the connection without an answer, as a network failure or a crashed front end would. */
export function dropConnection(req: IncomingMessage, exchange: Exchange): void {
  exchange.dropped = true;
  req.socket.destroy();
}

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limit = 7 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the limit, keep draining (so that an answer can still be sent) but keep nothing.
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw new BodyTooLargeError(`The request body is larger than ${limit} bytes.`);
  return Buffer.concat(chunks);
}

export function newRequestId(): string {
  return randomUUID();
}

export function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer = '',
): void {
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** `/a/b?x=1&y` → path `/a/b` and the raw (still encoded) query string `x=1&y`. */
export function splitUrl(rawUrl: string): { path: string; rawQuery: string; query: URLSearchParams } {
  const at = rawUrl.indexOf('?');
  const path = at === -1 ? rawUrl : rawUrl.slice(0, at);
  const rawQuery = at === -1 ? '' : rawUrl.slice(at + 1);
  return { path, rawQuery, query: new URLSearchParams(rawQuery) };
}

export function escapeXml(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
  };
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}
