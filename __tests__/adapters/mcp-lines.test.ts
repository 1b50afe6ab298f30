/**
 * The line check in front of the MCP SDK's stdio transport: bad lines are answered with the JSON-RPC
 * error the protocol names, good ones pass on whole, and a line past the limit is never held.
 */
import { PassThrough } from 'node:stream';
import {
  checkedMcpLines,
  type JsonRpcErrorAnswer,
  lineProblem as lineAnswer,
  MCP_DEPTH_LIMIT,
  MCP_VALUE_LIMIT,
} from '../../src/adapters/mcp-lines.js';

/** The answer of a line that is no batch: one error, or none. */
function lineProblem(line: string): JsonRpcErrorAnswer | undefined {
  const answer = lineAnswer(line);
  if (Array.isArray(answer)) throw new Error(`a batch's answer for ${line.slice(0, 80)}`);
  return answer;
}

async function run(chunks: (string | Buffer)[], limit?: number) {
  const answers: JsonRpcErrorAnswer[] = [];
  const batches: JsonRpcErrorAnswer[][] = [];
  const input = new PassThrough();
  const out = input.pipe(
    checkedMcpLines((a) => (Array.isArray(a) ? batches.push(a) : answers.push(a)), limit),
  );
  const passed: Buffer[] = [];
  out.on('data', (c: Buffer) => passed.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  for (const chunk of chunks) input.write(chunk);
  input.end();
  await ended;
  return { answers, batches, passed: Buffer.concat(passed).toString('utf8') };
}

describe('lineProblem', () => {
  it.each([
    ['not JSON', '{oops', null, -32700],
    ['JSON that is no object', '"ping"', null, -32600],
    ['no "jsonrpc": "2.0"', '{"id":3,"method":"ping"}', 3, -32600],
    ['a method that is no string', '{"jsonrpc":"2.0","id":"a","method":5}', 'a', -32600],
    ['params as an array', '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":[]}', 4, -32602],
    ['an id that is a fraction', '{"jsonrpc":"2.0","id":1.5,"method":"ping"}', null, -32600],
    ['an id that is true', '{"jsonrpc":"2.0","id":true,"method":"ping"}', null, -32600],
    ['an id of null on a request', '{"jsonrpc":"2.0","id":null,"method":"ping"}', null, -32600],
    ['_meta that is no object', '{"jsonrpc":"2.0","id":8,"method":"ping","params":{"_meta":5}}', 8, -32602],
    [
      'a tool call without a name',
      '{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":5}}',
      5,
      -32602,
    ],
    [
      'arguments that are no object',
      '{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"x","arguments":"x"}}',
      6,
      -32602,
    ],
    // The SDK's schema refuses these, and dropped them unanswered.
    ['an unknown member beside "method"', '{"jsonrpc":"2.0","id":5,"method":"ping","x":"abc"}', 5, -32600],
    ['an id with neither a method nor a result', '{"jsonrpc":"2.0","id":9}', 9, -32600],
    [
      'a progress token that is an object',
      '{"jsonrpc":"2.0","id":14,"method":"ping","params":{"_meta":{"progressToken":{}}}}',
      14,
      -32602,
    ],
    // A response's id is the server's own request's: the refusal names none.
    ['a result that is no object', '{"jsonrpc":"2.0","id":15,"result":5}', null, -32600],
    [
      'a response with a result and an error',
      '{"jsonrpc":"2.0","id":16,"result":{},"error":{}}',
      null,
      -32600,
    ],
  ])('%s gets its error, with the id when there is one', (_what, line, id, code) => {
    expect(lineProblem(line)).toMatchObject({ jsonrpc: '2.0', id, error: { code } });
  });

  it('names an unknown member and the known ones, and the one it stands for when plain', () => {
    expect(lineProblem('{"jsonrpc":"2.0","id":5,"method":"ping","x":"abc"}')?.error.message).toBe(
      'Invalid Request: unknown member "x"; known: jsonrpc, id, method, params',
    );
    expect(lineProblem('{"jsonrpc":"2.0","method":"notifications/initialized","param":{}}')).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: {
        code: -32600,
        message:
          'Invalid Request: unknown member "param" (did you mean params?); known: jsonrpc, method, params',
      },
    });
  });

  it('passes requests, notifications and responses on', () => {
    for (const line of [
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}',
      '{"jsonrpc":"2.0","method":"notifications/initialized"}',
      '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"status","arguments":{}}}',
      '{"jsonrpc":"2.0","id":7,"result":{}}',
      '   ',
    ])
      expect(lineProblem(line)).toBeUndefined();
  });
});

describe('lineProblem, on a batch (a JSON array of messages)', () => {
  const refusal =
    'Invalid Request: a batch (a JSON array of messages) is not read: MCP has none since its revision 2025-06-18; send each message on a line of its own';

  it('refuses each request with its own id, in an array, and answers no notification', () => {
    expect(
      lineAnswer(
        '[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","id":"b","method":"tools/list"}]',
      ),
    ).toEqual([
      { jsonrpc: '2.0', id: 1, error: { code: -32600, message: refusal } },
      { jsonrpc: '2.0', id: 'b', error: { code: -32600, message: refusal } },
    ]);
  });

  it('refuses members that are no message, or whose id is none or the server its own, with id null', () => {
    expect(
      lineAnswer(
        '[1,{"jsonrpc":"2.0","id":1.5,"method":"ping"},{"jsonrpc":"2.0","id":7,"result":{}},{"x":1}]',
      ),
    ).toEqual(Array(4).fill({ jsonrpc: '2.0', id: null, error: { code: -32600, message: refusal } }));
  });

  it('answers a batch of notifications with nothing, and an empty one with one error', () => {
    expect(lineAnswer('[{"jsonrpc":"2.0","method":"notifications/initialized"}]')).toEqual([]);
    expect(lineAnswer('[]')).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: `${refusal} (this one is empty)` },
    });
  });
});

describe('lineProblem, on lines that would parse into too much', () => {
  // The message, "2.0", the id, the method, params, the name, arguments and the list: 8 values
  // besides the list's items (keys are not values).
  const callWithList = (id: string, items: number, item = '0') =>
    `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"draft","arguments":{"x":[${Array(items).fill(item).join(',')}]}}}`;

  it('refuses a flat list past the value limit, with the id, and passes one at the limit', () => {
    expect(MCP_VALUE_LIMIT).toBe(100_000);
    expect(lineProblem(callWithList('7', MCP_VALUE_LIMIT - 8))).toBeUndefined();
    expect(lineProblem(callWithList('7', MCP_VALUE_LIMIT - 7))).toEqual({
      jsonrpc: '2.0',
      id: 7,
      error: {
        code: -32600,
        message:
          'Invalid Request: the message holds more than 100000 JSON values; at most 100000 are read (a string is one, whatever its length)',
      },
    });
    // 2.7 million empty objects in under 8 MiB: refused without building one of them.
    const hostile = callWithList('"big"', 2_700_000, '{}');
    expect(hostile.length).toBeLessThan(8 * 1024 * 1024);
    expect(lineProblem(hostile)).toMatchObject({ id: 'big', error: { code: -32600 } });
  });

  it('refuses nesting past the depth limit, and passes it at the limit', () => {
    // The message and params are 2 levels; the rest is the nested value.
    const nested = (levels: number) =>
      `{"jsonrpc":"2.0","id":"deep","method":"ping","params":{"x":${'['.repeat(levels)}${']'.repeat(levels)}}}`;
    expect(MCP_DEPTH_LIMIT).toBe(64);
    expect(lineProblem(nested(62))).toBeUndefined();
    expect(lineProblem(nested(63))).toEqual({
      jsonrpc: '2.0',
      id: 'deep',
      error: {
        code: -32600,
        message:
          'Invalid Request: the message nests arrays and objects more than 64 deep; at most 64 levels are read',
      },
    });
    // Unclosed, and far past the value limit too: the depth is named.
    expect(lineProblem(`{"jsonrpc":"2.0","id":1,"params":${'[{"a":'.repeat(500_000)}`)).toMatchObject({
      id: 1,
      error: { message: expect.stringContaining('more than 64 deep') },
    });
  });

  it('counts what JSON.parse would build before a fault, however the rest of the line is made', () => {
    // Stray colons after 200,000 empty objects, or a fault at the very end, lower nothing.
    const objects = `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":[${'{},'.repeat(200_000)}`;
    expect(lineProblem(`${objects}0${':'.repeat(200_000)}]}}`)).toMatchObject({ error: { code: -32600 } });
    expect(lineProblem(`${objects}"a":"b":"c"]}}`)).toMatchObject({ error: { code: -32600 } });
    expect(lineProblem('['.repeat(65))).toMatchObject({ id: null, error: { code: -32600 } });
    // Within the limits, a line that is no JSON is JSON.parse's to name.
    expect(lineProblem(`[0:${'0:'.repeat(1_000)}]`)).toMatchObject({ error: { code: -32700 } });
  });

  it('passes a string of several MiB as one value, whatever it holds', () => {
    // Brackets, quotes and backslashes inside a string are its text, not structure.
    const text = '[{\\"x\\": [1, 2, \\"\\\\\\"]}], '.repeat(250_000);
    const line = `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"draft","arguments":{"note":"${text}\\\\"}}}`;
    expect(line.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(JSON.parse(line).params.arguments.note).toMatch(/^\[\{"x": \[1, 2, "\\"\]\}\], .*\\$/s);
    expect(lineProblem(line)).toBeUndefined();
  });

  it('passes a normal tool call', () => {
    const call = {
      jsonrpc: '2.0',
      id: 12,
      method: 'tools/call',
      params: {
        name: 'draft',
        arguments: {
          task: 'TASK-2025-0078-C',
          decisions: Array(50).fill('fetch over axios'),
          blockers: Array(50).fill('None'),
          resolved: Array(50).fill('the flaky test'),
          next: Array(50).fill('error responses'),
          progress: 25,
          note: 'client works',
        },
        _meta: { progressToken: 'p' },
      },
    };
    expect(lineProblem(JSON.stringify(call))).toBeUndefined();
  });

  it("names the message's own id in a refusal, however placed, and null when it can be none", () => {
    const list = `[${Array(MCP_VALUE_LIMIT).fill('0').join(',')}]`;
    const refusedId = (line: string) => lineProblem(line)?.id;
    // After the list, and not an "id" inside params or a string value "id".
    expect(refusedId(`{"method":"id","params":{"id":9,"x":${list}},"jsonrpc":"2.0","id":"late"}`)).toBe(
      'late',
    );
    expect(refusedId(`{"jsonrpc":"2.0", "id" : "a\\"b" ,"params":{"x":${list}}}`)).toBe('a"b');
    expect(refusedId(`{"jsonrpc":"2.0","id":{"x":1},"params":{"x":${list}}}`)).toBeNull();
    expect(refusedId(`{"jsonrpc":"2.0","id":1.5,"params":{"x":${list}}}`)).toBeNull();
    expect(refusedId(`{"jsonrpc":"2.0","params":{"id":4,"x":${list}}}`)).toBeNull();
    expect(refusedId(`["id",5,${list}]`)).toBeNull();
  });
});

describe('checkedMcpLines', () => {
  it('passes good lines whole, however the input is cut, and answers the bad ones', async () => {
    const good = '{"jsonrpc":"2.0","id":1,"method":"ping"}';
    const text = `${good}\nnot json\r\n${good}\r\n\n{"jsonrpc":"2.0","id":9,"method":"tools/call","params":[]}\n${good}`;
    for (const size of [1, 3, 7, text.length]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      const { answers, passed } = await run(chunks);
      expect(passed).toBe(`${good}\n${good}\r\n${good}\n`);
      expect(answers.map((a) => [a.id, a.error.code])).toEqual([
        [null, -32700],
        [9, -32602],
      ]);
    }
  });

  it('answers a line past the limit without holding it, and goes on', async () => {
    const good = '{"jsonrpc":"2.0","id":1,"method":"ping"}';
    const huge = Buffer.alloc(64 * 1024, 'x');
    const { answers, passed } = await run([huge, huge, huge, Buffer.from(`\n${good}\n`)], 100_000);
    expect(answers).toEqual([
      {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32700, message: 'Parse error: a line of more than 100000 bytes' },
      },
    ]);
    expect(passed).toBe(`${good}\n`);
  });

  it('answers a line that is not UTF-8 as a parse error naming its id, and passes none of it on', async () => {
    const good = '{"jsonrpc":"2.0","id":2,"method":"ping"}';
    const line = (id: string, value: string) =>
      Buffer.concat([
        Buffer.from(
          `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"start","arguments":{"task":"API-`,
        ),
        Buffer.from([0xc3]),
        Buffer.from(`${value}"}}}\n`),
      ]);
    // The stray byte is in a value; then in the id itself, which is then not the client's.
    const inId = Buffer.concat([
      Buffer.from('{"jsonrpc":"2.0","id":"a'),
      Buffer.from([0xff]),
      Buffer.from('","method":"ping"}\n'),
    ]);
    const { answers, passed } = await run([line('1', '8'), inId, `${good}\n`]);
    expect(answers).toEqual([
      {
        jsonrpc: '2.0',
        id: 1,
        error: { code: -32700, message: 'Parse error: the line is not valid UTF-8, which JSON text must be' },
      },
      expect.objectContaining({ id: null, error: expect.objectContaining({ code: -32700 }) }),
    ]);
    expect(passed).toBe(`${good}\n`);
  });

  it('reads a line that starts with a byte order mark as the message after it', async () => {
    const ping = '{"jsonrpc":"2.0","id":1,"method":"ping"}';
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const later = '{"jsonrpc":"2.0","id":2,"method":"ping"}';
    const { answers, passed } = await run([
      bom,
      `${ping}\r\n`,
      Buffer.concat([bom, Buffer.from(`${later}\n`)]),
    ]);
    expect(answers).toEqual([]);
    expect(passed).toBe(`${ping}\r\n${later}\n`);
  });

  it('answers a batch with its array, and a batch of notifications with nothing', async () => {
    const { answers, batches, passed } = await run([
      '[{"jsonrpc":"2.0","id":3,"method":"ping"}]\n[{"jsonrpc":"2.0","method":"notifications/initialized"}]\n',
    ]);
    expect(answers).toEqual([]);
    expect(batches.map((batch) => batch.map((a) => [a.id, a.error.code]))).toEqual([[[3, -32600]]]);
    expect(passed).toBe('');
  });

  it('answers a line of too many values and passes none of it on', async () => {
    const good = '{"jsonrpc":"2.0","id":2,"method":"ping"}';
    const hostile = `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":[${'0,'.repeat(MCP_VALUE_LIMIT)}0]}}`;
    const { answers, passed } = await run([`${hostile}\n${good}\n`]);
    expect(answers.map((a) => [a.id, a.error.code])).toEqual([[1, -32600]]);
    expect(passed).toBe(`${good}\n`);
  });
});
