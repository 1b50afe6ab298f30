/**
 * A stand-in for the few GitHub API endpoints the Action calls, on 127.0.0.1 only: issue comments
 * (list with Link-header pagination, create, update, delete), issue labels, a pull request's head,
 * `GET /user`, and GraphQL for the token's `viewer` and for minimizing comments. State is in memory;
 * every request is recorded so tests assert what the Action asked for. Faults can be scripted: a
 * status (a 502 once, a 403 on every write), a request that is accepted and never answered (`hang`),
 * and a comment deleted right after it was listed (the race between listing and updating).
 *
 * Tokens act as accounts, as on GitHub: `test-token` (and any token it does not know) is the
 * workflow's GITHUB_TOKEN (`github-actions[bot]`, which `GET /user` refuses with 403); others can be
 * added as people (`tokens`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInComment {
  id: number;
  node_id: string;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  created_at: string;
  /** Hidden with GraphQL minimizeComment (GitHub's REST API does not show it; tests read it here). */
  minimized: boolean;
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
  /** 0: accept the request and never answer. */
  status: number;
  /** How many matching requests fail; Infinity for all. */
  remaining: number;
  message: string;
  headers: Record<string, string>;
  /** The request is carried out (a comment created), and then the failure is the answer. */
  afterDoing: boolean;
}

/** What a token authenticates as. */
export interface StandInAccount {
  login: string;
  /** An installation token (GITHUB_TOKEN, an app): `GET /user` answers 403. */
  installation: boolean;
}

export class GitHubApiStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Comments by PR number. */
  readonly comments = new Map<number, StandInComment[]>();
  readonly labels = new Map<number, string[]>();
  readonly pullHeads = new Map<number, string>();
  /** Largest page the stand-in serves, whatever `per_page` asks, so pagination is exercised. */
  pageSize = 100;
  /** Accounts by token (the `Authorization: token X` value). */
  readonly tokens = new Map<string, StandInAccount>([
    ['test-token', { login: 'github-actions[bot]', installation: true }],
  ]);
  private readonly workflowAccount: StandInAccount = { login: 'github-actions[bot]', installation: true };
  /** Pull request head branch and repository, by number (`pullHeads` has the sha). */
  readonly pullHeadRefs = new Map<number, { ref: string; repoFullName: string }>();
  /** GraphQL answers `viewer` only when true (as on GitHub); false makes the Action fall back. */
  graphqlViewer = true;
  /** When set, minimizeComment and unminimizeComment answer as GitHub does a token without the right. */
  minimizeRefused = false;
  /** Comment ids deleted right after the next listing that returns them (a person deleting it then). */
  readonly deleteAfterListing = new Set<number>();
  private readonly hanging = new Set<ServerResponse>();
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
    // A hanging request must hang for as long as the client waits, not be cut by the server.
    this.server.requestTimeout = 0;
    this.server.headersTimeout = 0;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Makes the next `times` requests matching method and path be accepted and never answered. */
  hang(method: string, path: RegExp, options: { times?: number } = {}): void {
    this.fail(method, path, 0, options);
  }

  /** Requests that were accepted and are still waiting for an answer. */
  get hangingCount(): number {
    return [...this.hanging].filter((res) => !res.destroyed && !res.writableEnded).length;
  }

  /** Makes the next `times` requests matching method and path fail with `status`. */
  fail(
    method: string,
    path: RegExp,
    status: number,
    options: {
      times?: number;
      message?: string;
      headers?: Record<string, string>;
      afterDoing?: boolean;
    } = {},
  ): void {
    this.failures.push({
      method,
      path,
      status,
      remaining: options.times ?? 1,
      message: options.message ?? `scripted ${status}`,
      headers: options.headers ?? {},
      afterDoing: options.afterDoing ?? false,
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

  /**
   * Requests that change something, as `METHOD /path`, GraphQL mutations as `GRAPHQL name id`
   * (GraphQL queries, like REST reads, are left out).
   */
  writes(): string[] {
    return this.requests.flatMap((r) => {
      if (r.path === '/graphql') {
        const { query = '', variables = {} } = (r.body ?? {}) as {
          query?: string;
          variables?: Record<string, unknown>;
        };
        const mutation = /^\s*mutation\b[^{]*\{\s*(\w+)/.exec(query);
        return mutation ? [`GRAPHQL ${mutation[1]} ${String(variables.id)}`] : [];
      }
      return r.method === 'GET' ? [] : [`${r.method} ${r.path}`];
    });
  }

  private newComment(pr: number, body: string, login: string): StandInComment {
    const id = this.nextId++;
    return {
      id,
      node_id: `IC_${id}`,
      minimized: false,
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
      if (failure.status === 0) {
        this.hanging.add(res);
        return;
      }
      if (failure.afterDoing) {
        // Done as usual, its answer dropped: what a gateway timeout after the work looks like.
        const dropped = { writeHead: () => dropped, end: () => dropped, setHeader: () => dropped };
        await this.route(req, url, method, body, dropped as unknown as ServerResponse);
      }
      return send(res, failure.status, { message: failure.message }, failure.headers);
    }
    return this.route(req, url, method, body, res);
  }

  private async route(
    req: IncomingMessage,
    url: URL,
    method: string,
    body: unknown,
    res: ServerResponse,
  ): Promise<void> {
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    // A token it does not know acts as the workflow's (the bench passes its own); none is a 401.
    const account = token ? (this.tokens.get(token) ?? this.workflowAccount) : undefined;
    if (!account) return send(res, 401, { message: 'Requires authentication' });
    if (url.pathname === '/graphql' && method === 'POST') {
      return this.graphql(res, body as { query: string; variables?: Record<string, unknown> }, account);
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (account.installation) return send(res, 403, { message: 'Resource not accessible by integration' });
      return send(res, 200, { login: account.login, type: 'User' });
    }

    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return send(res, 404, { message: 'Not Found' });
    const route = url.pathname.slice(prefix.length);
    const match = (pattern: RegExp) => pattern.exec(route);

    let m = match(/^\/issues\/(\d+)\/comments$/);
    if (m) {
      const pr = Number(m[1]);
      if (method === 'GET') {
        const sent = this.sendPage(res, url, this.commentsOf(pr));
        for (const comment of sent as StandInComment[]) {
          if (!this.deleteAfterListing.delete(comment.id)) continue;
          const list = this.commentsOf(pr);
          list.splice(list.indexOf(comment), 1);
        }
        return;
      }
      if (method === 'POST') {
        const comment = this.newComment(pr, (body as { body: string }).body, account.login);
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
      this.sendPage(res, url, labels);
      return;
    }
    m = match(/^\/pulls\/(\d+)$/);
    if (m && method === 'GET') {
      const number = Number(m[1]);
      const sha = this.pullHeads.get(number);
      if (!sha) return send(res, 404, { message: 'Not Found' });
      const head = this.pullHeadRefs.get(number) ?? {
        ref: 'feature',
        repoFullName: `${this.owner}/${this.repo}`,
      };
      return send(res, 200, { number, head: { sha, ref: head.ref, repo: { full_name: head.repoFullName } } });
    }
    return send(res, 404, { message: 'Not Found' });
  }

  /** The three GraphQL operations the Action sends: the viewer, minimize and unminimize a comment. */
  private graphql(
    res: ServerResponse,
    request: { query: string; variables?: Record<string, unknown> },
    account: StandInAccount,
  ): void {
    const query = request.query ?? '';
    const id = request.variables?.id;
    const findByNode = () => [...this.comments.values()].flat().find((c) => c.node_id === id);
    if (/\bviewer\s*\{\s*login\s*\}/.test(query)) {
      if (!this.graphqlViewer) {
        send(res, 502, { message: 'Bad Gateway' });
        return;
      }
      send(res, 200, { data: { viewer: { login: account.login } } });
      return;
    }
    const minimize = /\bminimizeComment\s*\(/.test(query);
    const unminimize = /\bunminimizeComment\s*\(/.test(query);
    if (minimize || unminimize) {
      if (this.minimizeRefused) {
        send(res, 200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        });
        return;
      }
      const comment = findByNode();
      if (!comment) {
        send(res, 200, {
          data: null,
          errors: [
            { type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` },
          ],
        });
        return;
      }
      comment.minimized = minimize && !unminimize;
      const field = unminimize ? 'unminimizeComment' : 'minimizeComment';
      const key = unminimize ? 'unminimizedComment' : 'minimizedComment';
      send(res, 200, { data: { [field]: { [key]: { isMinimized: comment.minimized } } } });
      return;
    }
    send(res, 200, { data: null, errors: [{ message: 'the stand-in does not know this query' }] });
  }

  private sendPage(res: ServerResponse, url: URL, items: unknown[]): unknown[] {
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
    const slice = items.slice((page - 1) * perPage, page * perPage);
    send(res, 200, slice, headers);
    return slice;
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
