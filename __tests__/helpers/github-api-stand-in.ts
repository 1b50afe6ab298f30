/**
 * A stand-in for the few GitHub REST endpoints the Action calls, on 127.0.0.1 only: issue comments
 * (list with Link-header pagination, create, update, delete), issue labels and a pull request's head.
 * State is in memory; every request is recorded so tests assert what the Action asked for; failures
 * can be scripted (a 502 once, a 403 on every write, ...).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  created_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  body?: unknown;
  authorization?: string;
}

interface ScriptedFailure {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail; Infinity for all. */
  remaining: number;
  message: string;
  headers: Record<string, string>;
}

export class GitHubApiStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Comments by PR number. */
  readonly comments = new Map<number, StandInComment[]>();
  readonly labels = new Map<number, string[]>();
  readonly pullHeads = new Map<number, string>();
  /** Largest page the stand-in serves, whatever `per_page` asks, so pagination is exercised. */
  pageSize = 100;
  private readonly failures: ScriptedFailure[] = [];
  private nextId = 1000;
  private server?: Server;

  constructor(
    readonly owner = 'octo',
    readonly repo = 'project',
  ) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('stand-in is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(error) }));
      });
    });
    // Keep-alive sockets would hold close() open; the Action is a short-lived client anyway.
    this.server.keepAliveTimeout = 100;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Makes the next `times` requests matching method and path fail with `status`. */
  fail(
    method: string,
    path: RegExp,
    status: number,
    options: { times?: number; message?: string; headers?: Record<string, string> } = {},
  ): void {
    this.failures.push({
      method,
      path,
      status,
      remaining: options.times ?? 1,
      message: options.message ?? `scripted ${status}`,
      headers: options.headers ?? {},
    });
  }

  /** Adds a comment as if someone (or an earlier run) had posted it. */
  addComment(pr: number, body: string, login = 'someone'): StandInComment {
    const comment = this.newComment(pr, body, login);
    this.commentsOf(pr).push(comment);
    return comment;
  }

  commentsOf(pr: number): StandInComment[] {
    let list = this.comments.get(pr);
    if (!list) {
      list = [];
      this.comments.set(pr, list);
    }
    return list;
  }

  /** Requests other than reads, as `METHOD /path`. */
  writes(): string[] {
    return this.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
  }

  private newComment(pr: number, body: string, login: string): StandInComment {
    const id = this.nextId++;
    return {
      id,
      body,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr}#issuecomment-${id}`,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: new Date(Date.UTC(2025, 0, 1, 0, 0, id % 60)).toISOString(),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as unknown) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });

    const failure = this.failures.find(
      (f) => f.remaining > 0 && f.method === method && f.path.test(url.pathname),
    );
    if (failure) {
      failure.remaining--;
      return send(res, failure.status, { message: failure.message }, failure.headers);
    }

    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return send(res, 404, { message: 'Not Found' });
    const route = url.pathname.slice(prefix.length);
    const match = (pattern: RegExp) => pattern.exec(route);

    let m = match(/^\/issues\/(\d+)\/comments$/);
    if (m) {
      const pr = Number(m[1]);
      if (method === 'GET') return this.sendPage(res, url, this.commentsOf(pr));
      if (method === 'POST') {
        const comment = this.newComment(pr, (body as { body: string }).body, 'github-actions[bot]');
        this.commentsOf(pr).push(comment);
        return send(res, 201, comment);
      }
    }
    m = match(/^\/issues\/comments\/(\d+)$/);
    if (m) {
      const id = Number(m[1]);
      for (const [, list] of this.comments) {
        const index = list.findIndex((c) => c.id === id);
        if (index === -1) continue;
        const found = list[index] as StandInComment;
        if (method === 'PATCH') {
          found.body = (body as { body: string }).body;
          return send(res, 200, found);
        }
        if (method === 'DELETE') {
          list.splice(index, 1);
          res.writeHead(204);
          res.end();
          return;
        }
      }
      return send(res, 404, { message: 'Not Found' });
    }
    m = match(/^\/issues\/(\d+)\/labels$/);
    if (m && method === 'GET') {
      const labels = (this.labels.get(Number(m[1])) ?? []).map((name, i) => ({ id: i + 1, name }));
      return this.sendPage(res, url, labels);
    }
    m = match(/^\/pulls\/(\d+)$/);
    if (m && method === 'GET') {
      const number = Number(m[1]);
      const sha = this.pullHeads.get(number);
      if (!sha) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { number, head: { sha } });
    }
    return send(res, 404, { message: 'Not Found' });
  }

  private sendPage(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.pageSize);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const pages = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < pages) {
      const next = new URL(url.toString().replace('http://127.0.0.1', this.url));
      next.searchParams.set('page', String(page + 1));
      const last = new URL(next);
      last.searchParams.set('page', String(pages));
      headers.link = `<${next}>; rel="next", <${last}>; rel="last"`;
    }
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }
}

function send(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
