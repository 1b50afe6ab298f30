/**
 * The line check in front of the MCP SDK's stdio transport: bad lines are answered with the JSON-RPC
 * error the protocol names, good ones pass on whole, and a line past the limit is never held.
 */
import { PassThrough } from 'node:stream';
import { checkedMcpLines, type JsonRpcErrorAnswer, lineProblem } from '../../src/adapters/mcp-lines.js';

async function run(chunks: (string | Buffer)[], limit?: number) {
  const answers: JsonRpcErrorAnswer[] = [];
  const input = new PassThrough();
  const out = input.pipe(checkedMcpLines((a) => answers.push(a), limit));
  const passed: Buffer[] = [];
  out.on('data', (c: Buffer) => passed.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  for (const chunk of chunks) input.write(chunk);
  input.end();
  await ended;
  return { answers, passed: Buffer.concat(passed).toString('utf8') };
}

describe('lineProblem', () => {
  it.each([
    ['not JSON', '{oops', null, -32700],
    ['JSON that is no object', '[1,2]', null, -32600],
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
  ])('%s gets its error, with the id when there is one', (_what, line, id, code) => {
    expect(lineProblem(line)).toMatchObject({ jsonrpc: '2.0', id, error: { code } });
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
});
