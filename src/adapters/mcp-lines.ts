/**
 * What reaches the MCP SDK's stdio transport: one JSON-RPC message per line, each checked first.
 * The SDK meets bad lines badly: a line that is not JSON, or a message its schema refuses (an unknown
 * member beside "method", an id with neither a method nor a result), goes unanswered; a line that is
 * not UTF-8 is read with U+FFFD in place of its bytes (`API-\xc3` became another task id);
 * `tools/call` with `params: []` is never answered, so the client waits for ever; a line over its
 * 10 MiB buffer closes the server without a word. Here such a line gets the JSON-RPC error the
 * protocol names for it (parse error, invalid request, invalid params), written as one line to the
 * same output, and the server goes on; a batch (a JSON array of messages, which the SDK reads as a
 * bad line) is answered as JSON-RPC answers one, an error for each request by its id, and a byte
 * order mark before a message is dropped. Memory stays bounded: a line past the limit is skipped as it
 * arrives, never held, and a line that would parse into too many values, or nest too deep, is counted
 * in one pass over its characters and refused before anything is built from it.
 */
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import {
  JSONRPCErrorResponseSchema,
  JSONRPCNotificationSchema,
  JSONRPCRequestSchema,
  JSONRPCResultResponseSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { isRecord } from '../core/json-location.js';
import { unknownNamesMessage } from '../core/unknown-names.js';

/** Longest line passed on (the SDK's own buffer is 10 MiB; its close would end the session). */
export const MCP_LINE_LIMIT = 8 * 1024 * 1024;

/**
 * Most JSON values a message may hold, and how deep its arrays and objects may nest. JSON.parse
 * builds every value as an object of its own, and the SDK parses a line again: 8.1 MB of `{},` is
 * 2.7 million values and took the server to 520 MiB (1.2 s), 4 million nested `[` to 730 MiB (1.9 s).
 * The largest real message here, a `draft` tool call with every list at its schema's 50 items,
 * holds some 220 values and nests 4 deep (message, params, arguments, list); a string is one value
 * whatever its length, so a call carrying a whole handoff document as text is far below as well.
 * 100,000 values are some 450 times that, and a line of that many costs the server some 20 MiB;
 * 64 levels leave room for any client's nested `_meta`, and keep recursive readers of the message
 * (the SDK's schema checks) far from the stack's end.
 */
export const MCP_VALUE_LIMIT = 100_000;
export const MCP_DEPTH_LIMIT = 64;

/** A JSON-RPC error answer, as the protocol writes it. */
export interface JsonRpcErrorAnswer {
  jsonrpc: '2.0';
  id: string | number | null;
  error: { code: number; message: string };
}

/**
 * What a refused line is answered with: one error, or for a batch (a JSON array of messages) an
 * array of them, one for each member that is answered. An empty array is an answer not sent: JSON-RPC
 * answers no batch of notifications, and never with an empty array.
 */
export type LineAnswer = JsonRpcErrorAnswer | JsonRpcErrorAnswer[];

/** The JSON-RPC error codes used here. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;
const INVALID_PARAMS = -32602;

/**
 * The answer a line gets instead of reaching the SDK, or undefined when it is a message to pass on.
 * Pure: `line` is one line of input, without its newline.
 */
export function lineProblem(line: string): LineAnswer | undefined {
  if (line.trim() === '') return undefined;
  const shape = lineShape(line);
  if (shape.depth > MCP_DEPTH_LIMIT) {
    return answer(
      idOf(line, shape),
      INVALID_REQUEST,
      `Invalid Request: the message nests arrays and objects more than ${MCP_DEPTH_LIMIT} deep; at most ${MCP_DEPTH_LIMIT} levels are read`,
    );
  }
  if (shape.values > MCP_VALUE_LIMIT) {
    return answer(
      idOf(line, shape),
      INVALID_REQUEST,
      `Invalid Request: the message holds more than ${MCP_VALUE_LIMIT} JSON values; at most ${MCP_VALUE_LIMIT} are read (a string is one, whatever its length)`,
    );
  }
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch (error) {
    return answer(null, PARSE_ERROR, `Parse error: ${(error as Error).message}`);
  }
  if (Array.isArray(message)) return batchProblem(message);
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
  // A response (a result or an error, no method) is the SDK's to match with one of the server's own
  // requests: its id is the server's, so a refusal of it names none (the client would take it for
  // the answer to a request of its own with that id).
  const response = fields.method === undefined && ('result' in fields || 'error' in fields);
  if (response) return schemaProblem(fields, null);
  if (fields.method === undefined) {
    return answer(
      id,
      INVALID_REQUEST,
      'Invalid Request: a message has a "method" (a request or a notification), or a "result" or an "error" (a response)',
    );
  }
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
  return schemaProblem(fields, id);
}

/**
 * The refusal of a batch: MCP has none since its revision 2025-06-18, and the SDK reads one message a
 * line (it never read a batch). JSON-RPC 2.0 answers a batch with an array holding one answer for
 * each member that is answered: each request that has an id gets its refusal with that id, so the
 * client can tell which of its requests were not run; a member that is no message or names no id
 * that can be one is refused with none (id null), as the spec does; a notification is answered by
 * nothing, as always. An empty batch is one error, not an array.
 */
function batchProblem(members: readonly unknown[]): LineAnswer {
  const refusal =
    'Invalid Request: a batch (a JSON array of messages) is not read: MCP has none since its revision 2025-06-18; send each message on a line of its own';
  if (members.length === 0) return answer(null, INVALID_REQUEST, `${refusal} (this one is empty)`);
  return members.flatMap((member) => {
    if (!isRecord(member)) return [answer(null, INVALID_REQUEST, refusal)];
    const fields = member as Record<string, unknown>;
    if (!('id' in fields))
      return typeof fields.method === 'string' ? [] : [answer(null, INVALID_REQUEST, refusal)];
    const validId = typeof fields.id === 'string' || Number.isInteger(fields.id);
    // A response's id is the server's own request's, as in `lineProblem`: its refusal names none.
    const request = 'method' in fields;
    return [answer(validId && request ? (fields.id as string | number) : null, INVALID_REQUEST, refusal)];
  });
}

/** The SDK's schema of each kind of message. Each is strict: a member it does not name is refused. */
const MESSAGE_SCHEMAS = {
  request: JSONRPCRequestSchema,
  notification: JSONRPCNotificationSchema,
  result: JSONRPCResultResponseSchema,
  error: JSONRPCErrorResponseSchema,
};

/**
 * The refusal of a message the SDK's own schema refuses, or undefined: the SDK drops such a message
 * unanswered (an unknown member beside "method", a `progressToken` that is an object, a result that
 * is no object), so it is answered here, naming the member and what is wrong with it. The checks
 * before this one name the common faults more plainly; this one leaves none unanswered.
 */
function schemaProblem(
  message: Record<string, unknown>,
  id: string | number | null,
): JsonRpcErrorAnswer | undefined {
  const kind =
    'method' in message
      ? 'id' in message
        ? 'request'
        : 'notification'
      : 'result' in message
        ? 'result'
        : 'error';
  const schema = MESSAGE_SCHEMAS[kind];
  const checked = schema.safeParse(message);
  const issue = checked.error?.issues[0];
  if (issue === undefined) return undefined;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(schema.shape);
    return answer(
      id,
      INVALID_REQUEST,
      `Invalid Request: ${unknownNamesMessage(issue.keys, known, 'member')}`,
    );
  }
  const where = issue.path.map(String).join('.');
  return issue.path[0] === 'params'
    ? answer(id, INVALID_PARAMS, `Invalid params: ${issue.message} at "${where}"`)
    : answer(id, INVALID_REQUEST, `Invalid Request: ${issue.message} at "${where}"`);
}

/**
 * The refusal of a line that is not UTF-8: it is no JSON text (RFC 8259, section 8.1), so a parse
 * error, never read with U+FFFD in place of its bytes (a task id `API-` and a stray byte would be
 * another id, written to the registry). It names the request's id when the id's own text can be
 * read, so the client knows which of its requests was refused.
 */
export function notUtf8Problem(text: string): JsonRpcErrorAnswer {
  const id = idOf(text, lineShape(text));
  // An id holding U+FFFD is one whose own bytes were not UTF-8: not the id the client sent.
  const readId = typeof id === 'string' && id.includes('\ufffd') ? null : id;
  return answer(readId, PARSE_ERROR, 'Parse error: the line is not valid UTF-8, which JSON text must be');
}

/** What one pass over a line's characters finds, before anything is built from it. */
interface LineShape {
  /** JSON values: every object, array, string, number, true, false and null (an object's keys are not). */
  values: number;
  /** The deepest nesting of arrays and objects; the message object itself is at 1. */
  depth: number;
  /** Where the text of the message's own "id" value starts and ends; -1 when it has none that can be one. */
  idFrom: number;
  idTo: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** A character that ends a number, true, false or null (or whatever else stands there unquoted). */
function endsScalar(code: number): boolean {
  return (
    isWhitespace(code) ||
    code === QUOTE ||
    code === COMMA ||
    code === COLON ||
    code === OPEN_BRACE ||
    code === CLOSE_BRACE ||
    code === OPEN_BRACKET ||
    code === CLOSE_BRACKET
  );
}

/** Just past the closing quote of the string opening at `from` (escapes skipped), or the line's end. */
function stringEnd(line: string, from: number): number {
  for (let at = from + 1; at < line.length; at++) {
    const code = line.charCodeAt(at);
    // The character after a backslash is the string's, a quote or a backslash included (`\"`, `\\`).
    if (code === BACKSLASH) at++;
    else if (code === QUOTE) return at + 1;
  }
  return line.length;
}

/**
 * Counts a line's values and nesting token by token, in one pass and constant memory, and notes where
 * the message's own "id" value stands so a refusal can name it. It is no parser: a line that is not
 * JSON is counted as well as it goes, and JSON.parse names its fault afterwards.
 */
function lineShape(line: string): LineShape {
  let values = 0;
  let depth = 0;
  let deepest = 0;
  let inObject = false;
  let idFrom = -1;
  let idTo = -1;
  // Reading the message's own "id": its key was just read, then its colon.
  let idPart: 'none' | 'key' | 'colon' = 'none';
  let afterString = false;
  for (let at = 0; at < line.length; ) {
    const code = line.charCodeAt(at);
    if (isWhitespace(code)) {
      at++;
      continue;
    }
    const from = at;
    if (code === QUOTE) at = stringEnd(line, at);
    else if (endsScalar(code)) at++;
    else while (at < line.length && !endsScalar(line.charCodeAt(at))) at++;
    const topLevel = depth === 1 && inObject;
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      values++;
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth === 1) inObject = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
    } else if (code === COLON) {
      // The string just before a colon was a key, counted as a value when it was read. Only a string's
      // count is taken back: colons where JSON has none must not lower the count of what JSON.parse
      // would build before it meets them.
      if (afterString) values--;
    } else if (code !== COMMA) {
      values++;
    }
    if (idPart === 'colon') {
      // The last "id" wins, as in JSON.parse; an object or array there is no id.
      const scalar = code !== OPEN_BRACE && code !== OPEN_BRACKET;
      idFrom = scalar ? from : -1;
      idTo = scalar ? at : -1;
      idPart = 'none';
    } else if (idPart === 'key' && code === COLON) {
      idPart = 'colon';
    } else {
      idPart = topLevel && at - from === 4 && line.startsWith('"id"', from) ? 'key' : 'none';
    }
    afterString = code === QUOTE;
  }
  return { values, depth: deepest, idFrom, idTo };
}

/** The message's id as a refusal names it: a string or an integer, else null. Reads only the id's own text. */
function idOf(line: string, shape: LineShape): string | number | null {
  if (shape.idFrom < 0) return null;
  try {
    const id: unknown = JSON.parse(line.slice(shape.idFrom, shape.idTo));
    return typeof id === 'string' || Number.isInteger(id) ? (id as string | number) : null;
  } catch {
    return null;
  }
}

function answer(id: string | number | null, code: number, message: string): JsonRpcErrorAnswer {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

/**
 * A stream of the input's lines that are UTF-8 and pass `lineProblem`, each with its newline and
 * without a byte order mark it starts with; every other line is answered through `reply`. A line longer than `limit` bytes is answered as a parse error and skipped.
 */
export function checkedMcpLines(reply: (answer: LineAnswer) => void, limit = MCP_LINE_LIMIT): Transform {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const endLine = (push: (chunk: Buffer) => void) => {
    if (skipping) {
      reply(answer(null, PARSE_ERROR, `Parse error: a line of more than ${limit} bytes`));
    } else if (pendingBytes > 0) {
      const line = withoutByteOrderMark(Buffer.concat(pending, pendingBytes));
      const text = line.toString('utf8').replace(/\r$/, '');
      const problem = isUtf8(line) ? lineProblem(text) : notUtf8Problem(text);
      if (problem) {
        if (!Array.isArray(problem) || problem.length > 0) reply(problem);
      } else if (text.trim() !== '') push(Buffer.concat([line, NEWLINE]));
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
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A line without the UTF-8 byte order mark (U+FEFF) it starts with, if it does. RFC 8259 (section
 * 8.1) lets a JSON parser ignore one, and each line is a JSON text of its own: a client (or a shell
 * on Windows) that writes one before its first message means the message, which JSON.parse, the
 * SDK's included, would refuse as a parse error.
 */
function withoutByteOrderMark(line: Buffer): Buffer {
  return line.subarray(0, 3).equals(BYTE_ORDER_MARK) ? line.subarray(3) : line;
}
