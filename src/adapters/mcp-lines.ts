/**
 * What reaches the MCP SDK's stdio transport: one JSON-RPC message per line, each checked first.
 * The SDK meets bad lines badly: a line that is not JSON, or a message that is not one, goes unanswered;
 * `tools/call` with `params: []` is never answered, so the client waits for ever; a line over its
 * 10 MiB buffer closes the server without a word. Here such a line gets the JSON-RPC error the
 * protocol names for it (parse error, invalid request, invalid params), written as one line to the
 * same output, and the server goes on. Memory stays bounded: a line past the limit is skipped as it
 * arrives, never held.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { isRecord } from '../core/json-location.js';

/** Longest line passed on (the SDK's own buffer is 10 MiB; its close would end the session). */
export const MCP_LINE_LIMIT = 8 * 1024 * 1024;

/** A JSON-RPC error answer, as the protocol writes it. */
export interface JsonRpcErrorAnswer {
  jsonrpc: '2.0';
  id: string | number | null;
  error: { code: number; message: string };
}

/** The JSON-RPC error codes used here. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;
const INVALID_PARAMS = -32602;

/**
 * The answer a line gets instead of reaching the SDK, or undefined when it is a message to pass on.
 * Pure: `line` is one line of input, without its newline.
 */
export function lineProblem(line: string): JsonRpcErrorAnswer | undefined {
  if (line.trim() === '') return undefined;
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch (error) {
    return answer(null, PARSE_ERROR, `Parse error: ${(error as Error).message}`);
  }
  if (!isRecord(message)) {
    return answer(null, INVALID_REQUEST, 'Invalid Request: a message is a JSON object');
  }
  const fields = message as Record<string, unknown>;
  const validId = typeof fields.id === 'string' || Number.isInteger(fields.id);
  const id = validId ? (fields.id as string | number) : null;
  if (fields.jsonrpc !== '2.0')
    return answer(id, INVALID_REQUEST, 'Invalid Request: "jsonrpc" must be "2.0"');
  if ('id' in fields && !validId)
    return answer(null, INVALID_REQUEST, 'Invalid Request: "id" must be a string or an integer');
  // A response or an error from the client (no method) is the SDK's to match with its request.
  if (fields.method === undefined) return undefined;
  if (typeof fields.method !== 'string')
    return answer(id, INVALID_REQUEST, 'Invalid Request: "method" must be a string');
  const params = fields.params;
  if (params !== undefined && !isRecord(params)) {
    return answer(id, INVALID_PARAMS, 'Invalid params: "params" must be an object');
  }
  const meta = (params as Record<string, unknown> | undefined)?._meta;
  if (meta !== undefined && !isRecord(meta)) {
    return answer(id, INVALID_PARAMS, 'Invalid params: "_meta" must be an object');
  }
  if (fields.method === 'tools/call') {
    const call = (params ?? {}) as Record<string, unknown>;
    if (typeof call.name !== 'string')
      return answer(id, INVALID_PARAMS, 'Invalid params: "name" must be a string');
    const args = call.arguments;
    if (args !== undefined && !isRecord(args)) {
      return answer(id, INVALID_PARAMS, 'Invalid params: "arguments" must be an object');
    }
  }
  return undefined;
}

function answer(id: string | number | null, code: number, message: string): JsonRpcErrorAnswer {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

/**
 * A stream of the input's lines that pass `lineProblem`, each with its newline; every other line is
 * answered through `reply`. A line longer than `limit` bytes is answered as a parse error and skipped.
 */
export function checkedMcpLines(
  reply: (answer: JsonRpcErrorAnswer) => void,
  limit = MCP_LINE_LIMIT,
): Transform {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const endLine = (push: (chunk: Buffer) => void) => {
    if (skipping) {
      reply(answer(null, PARSE_ERROR, `Parse error: a line of more than ${limit} bytes`));
    } else if (pendingBytes > 0) {
      const line = Buffer.concat(pending, pendingBytes);
      const text = line.toString('utf8').replace(/\r$/, '');
      const problem = lineProblem(text);
      if (problem) reply(problem);
      else if (text.trim() !== '') push(Buffer.concat([line, NEWLINE]));
    }
    pending = [];
    pendingBytes = 0;
    skipping = false;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let from = 0;
      for (let newline = chunk.indexOf(10, from); ; newline = chunk.indexOf(10, from)) {
        const to = newline === -1 ? chunk.length : newline;
        if (!skipping && to > from) {
          if (pendingBytes + (to - from) > limit) {
            skipping = true;
            pending = [];
            pendingBytes = 0;
          } else {
            pending.push(chunk.subarray(from, to));
            pendingBytes += to - from;
            // A line read in many small pieces is joined now and then: each piece held costs more
            // than its bytes.
            if (pending.length > 64) pending = [Buffer.concat(pending, pendingBytes)];
          }
        }
        if (newline === -1) break;
        endLine((line) => this.push(line));
        from = newline + 1;
      }
      done();
    },
    flush(done: TransformCallback) {
      if (pendingBytes > 0 || skipping) endLine((line) => this.push(line));
      done();
    },
  });
}

const NEWLINE = Buffer.from('\n');
