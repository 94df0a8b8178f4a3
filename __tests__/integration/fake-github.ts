// A local stand-in for the few GitHub REST endpoints the pull-request comment uses: list, create
// and update an issue's comments, and a file's contents at a ref (raw). It answers as the REST API
// documents them, keeps its comments between runs, and can be told to fail a request.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>();
  /** Files by `<ref>:<path>`. */
  readonly files = new Map<string, string>();
  readonly requests: SeenRequest[] = [];
  /** Answers the next request of a method to a matching path with this status instead. */
  private readonly faults: { method: string; path: RegExp; status: number }[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  failNext(method: string, path: RegExp, status: number): void {
    this.faults.push({ method, path, status });
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      this.handle(request)
        .then(({ status, body, type }) => {
          response.writeHead(status, { 'content-type': type ?? 'application/json; charset=utf-8' });
          response.end(typeof body === 'string' ? body : JSON.stringify(body));
        })
        .catch(() => response.writeHead(500).end());
    });
    await new Promise<void>((ready) => this.server!.listen(0, '127.0.0.1', ready));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((closed) => this.server?.close(closed));
  }

  clear(): void {
    this.comments.clear();
    this.files.clear();
    this.requests.length = 0;
    this.faults.length = 0;
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown; type?: string }> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      accept: request.headers.accept,
    });
    let text = '';
    for await (const chunk of request) text += chunk;
    const fault = this.faults.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (fault >= 0) {
      const { status } = this.faults.splice(fault, 1)[0];
      return { status, body: { message: 'fault', documentation_url: 'https://docs.github.com/rest' } };
    }
    if (!request.headers.authorization?.startsWith('token ')) {
      return { status: 401, body: { message: 'Requires authentication' } };
    }

    let match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match && method === 'GET') {
      const all = this.comments.get(Number(match[1])) ?? [];
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      return { status: 200, body: all.slice((page - 1) * perPage, page * perPage) };
    }
    if (match && method === 'POST') {
      const { body } = JSON.parse(text) as { body: string };
      const comment = { id: this.nextId++, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
      const number = Number(match[1]);
      this.comments.set(number, [...(this.comments.get(number) ?? []), comment]);
      return { status: 201, body: comment };
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match && method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(match![1]));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = (JSON.parse(text) as { body: string }).body;
      return { status: 200, body: comment };
    }
    match = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const path = match[1].split('/').map(decodeURIComponent).join('/');
      const content = this.files.get(`${url.searchParams.get('ref')}:${path}`);
      if (content === undefined) return { status: 404, body: { message: 'Not Found' } };
      // Only the raw media type is answered with the bytes themselves.
      if (!/^application\/vnd\.github(\.v3)?\.raw(\+json)?$/.test(request.headers.accept ?? '')) {
        return { status: 415, body: { message: 'this fake answers the raw media type only' } };
      }
      return { status: 200, body: content, type: 'application/vnd.github.raw' };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }
}
