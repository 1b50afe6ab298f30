#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  allFields,
  canonicalLabel,
  collapseWhitespace,
  fieldFactOf,
  isCurrentStatePart,
  isPlaceholderText,
  isStatusField,
  isTimeProgressField,
  missingPlaces,
  parseDocumentDate,
  percentIn,
  sectionKindOf,
  sectionTexts
} from "./chunk-P3IB3F72.js";
import {
  DEFAULT_CONFIG,
  taskIdRegExp
} from "./chunk-EEYO4645.js";
import {
  trimEndOf
} from "./chunk-NNPSBKSI.js";
import {
  InputError
} from "./chunk-MLNENVTA.js";

// src/core/document/build.ts
function handoffBuilder() {
  return new DocumentBuilder();
}
var TASK_ID = taskIdRegExp(DEFAULT_CONFIG);
var SESSION_NUMBER = /\bsession\s*#?\s*(\d+)\b/i;
var BOLD_LABEL_DEPTH = 7;
var WORKING_MARKS = ["\u2705", "\u2714\uFE0F", "\u2714", "\u2611\uFE0F", "\u2611"];
var BROKEN_MARKS = ["\u274C", "\u2716\uFE0F", "\u2716", "\u2717", "\u2718", "\u274E"];
var DocumentBuilder = class {
  doc = { header: [], elements: {}, otherSections: [] };
  depths = /* @__PURE__ */ new Map();
  open;
  intro = [];
  finish() {
    if (this.intro.length > 0) this.doc.intro = this.intro;
    const taskSource = this.doc.title ?? this.doc.header.find((f) => /^task\b/i.test(f.label))?.value;
    TASK_ID.lastIndex = 0;
    const taskId = taskSource ? TASK_ID.exec(taskSource)?.[0] : void 0;
    if (taskId) this.doc.taskId = taskId;
    const session = this.doc.title?.match(SESSION_NUMBER)?.[1];
    if (session) this.doc.session = Number(session);
    return this.doc;
  }
  block(node) {
    switch (node.type) {
      case "heading":
        this.heading(plainText(node), node.depth, lineOf(node));
        return;
      case "paragraph":
        this.paragraph(paragraphLines(node));
        return;
      case "list":
        for (const item of node.children) this.item(toListItem(item));
        return;
      case "blockquote":
        this.blockquote(node);
        return;
      case "thematicBreak":
      case "definition":
        return;
      case "html":
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return;
        this.addParagraph(plainText(node));
        return;
      default:
        this.addParagraph(plainText(node));
    }
  }
  heading(label, depth, line) {
    if (label === "") return;
    if (depth === 1 && this.doc.title === void 0 && this.open === void 0) {
      this.doc.title = label;
      return;
    }
    const kind = sectionKindOf(label);
    if (kind) {
      this.openSection(label, kind, line, depth);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
    } else if (this.open === void 0 && this.doc.title === void 0 && looksLikeTitle(label)) {
      this.doc.title = label;
    } else if (this.open && depth > this.open.depth) {
      this.openSubsection(label, line);
    } else {
      this.openOtherSection(label, line, depth);
    }
  }
  paragraph(lines) {
    let pending = [];
    const flush = () => {
      this.addParagraph(pending.join(" "));
      pending = [];
    };
    for (const line of lines) {
      if (line === void 0) continue;
      if (line.label === void 0) {
        pending.push(line.text);
        continue;
      }
      flush();
      if (line.text === "") this.boldLabel(line.label, line.line);
      else this.labelledValue(line.label, line.text, line.line);
    }
    flush();
  }
  /** `**Key Decisions:**` alone on its line. */
  boldLabel(label, line) {
    const kind = sectionKindOf(label);
    if (kind) this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
    else if (isCurrentStatePart(label)) this.openCurrentStatePart(label, line);
    else if (this.open) this.openSubsection(label, line);
    else if (this.doc.title === void 0 && looksLikeTitle(label)) this.doc.title = label;
    else this.openOtherSection(label, line, BOLD_LABEL_DEPTH);
  }
  /** `**Label:** value` on one line: a field, or a section whose first paragraph is the value. */
  labelledValue(label, value, line) {
    const field = { label, value, line };
    if (isTimeProgressField(label)) {
      const section = this.ensureElement("timeProgress", line);
      if (this.open?.section !== section) {
        this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
      }
      this.addField(field);
      return;
    }
    const kind = sectionKindOf(label);
    if (kind && !(kind === "currentState" && isStatusField(label))) {
      this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
      this.addParagraph(value);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
      this.addParagraph(value);
    } else if (this.open) {
      this.addField(field);
    } else {
      this.doc.header.push(field);
    }
  }
  item(item) {
    const target = this.open?.subsection ?? this.open?.section;
    if (target) {
      target.items.push(item);
    } else {
      if (item.text !== "") this.intro.push(item.text);
      this.intro.push(...item.details);
    }
  }
  blockquote(node) {
    for (const child of node.children) {
      if (child.type === "paragraph") this.addParagraph(plainText(child));
      else if (child.type === "list") for (const item of child.children) this.item(toListItem(item));
      else this.block(child);
    }
  }
  addParagraph(text) {
    if (text === "") return;
    const target = this.open?.subsection ?? this.open?.section;
    if (target) target.paragraphs.push(text);
    else this.intro.push(text);
  }
  /** Fields belong to the section itself; a field ends a labelled group (the renderer puts groups last). */
  addField(field) {
    if (!this.open) return;
    this.open.section.fields.push(field);
    this.open.subsection = void 0;
  }
  openSection(label, kind, line, depth) {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    if (this.slotOf(kind)) {
      this.doc.otherSections.push(section);
    } else {
      this.setSlot(kind, section);
    }
  }
  openOtherSection(label, line, depth) {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    this.doc.otherSections.push(section);
  }
  openSubsection(label, line) {
    if (!this.open) return;
    const subsection = { label, items: [], paragraphs: [], line };
    this.open.section.subsections.push(subsection);
    this.open.subsection = subsection;
  }
  /** What's Working / What's Broken: a group of Current State, which exists from then on. */
  openCurrentStatePart(label, line) {
    const section = this.ensureElement("currentState", line);
    this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
    this.openSubsection(label, line);
  }
  /** The element's section, created under its canonical label when the document only implies it. */
  ensureElement(kind, line) {
    const existing = this.slotOf(kind);
    if (existing) return existing;
    const section = emptySection(canonicalLabel(kind), line);
    this.depths.set(section, BOLD_LABEL_DEPTH);
    this.setSlot(kind, section);
    return section;
  }
  slotOf(kind) {
    if (kind === "filesModified") return this.doc.filesModified;
    if (kind === "commits") return this.doc.commits;
    return this.doc.elements[kind];
  }
  setSlot(kind, section) {
    if (kind === "filesModified") this.doc.filesModified = section;
    else if (kind === "commits") this.doc.commits = section;
    else this.doc.elements[kind] = section;
  }
};
function looksLikeTitle(label) {
  return /\b(handoff|session)\b/i.test(label);
}
function emptySection(label, line = 0) {
  return { label, items: [], paragraphs: [], subsections: [], fields: [], line };
}
function lineOf(node) {
  return node.position?.start.line ?? 1;
}
function squash(text) {
  return collapseWhitespace(text).trim();
}
function plainText(node) {
  return squash(rawText(node));
}
function rawText(node) {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
    case "html":
      return node.value;
    case "break":
      return "\n";
    case "image":
      return node.alt ?? "";
    case "footnoteReference":
      return `[^${node.label ?? node.identifier}]`;
    case "link": {
      const text = node.children.map(rawText).join("");
      const shown = squash(text);
      const autolinked = [shown, `http://${shown}`, `https://${shown}`, `mailto:${shown}`].includes(node.url);
      return autolinked || node.url === "" ? text : `${text} (${node.url})`;
    }
    case "table":
      return node.children.map(rawText).join(" ");
    case "tableRow":
      return node.children.map(rawText).join(" | ");
    default:
      if ("children" in node) {
        const separator = node.type === "paragraph" || node.type === "heading" || isPhrasing(node) ? "" : " ";
        return node.children.map(rawText).join(separator);
      }
      return "";
  }
}
function isPhrasing(node) {
  return ["emphasis", "strong", "delete", "linkReference", "tableCell"].includes(node.type);
}
function paragraphLines(node) {
  const firstLine = lineOf(node);
  const lines = [{ parts: [], texts: [] }];
  const current = () => lines[lines.length - 1];
  for (const child of node.children) {
    if (child.type === "break") {
      lines.push({ parts: [], texts: [] });
    } else if (child.type === "text") {
      const pieces = child.value.split("\n");
      pieces.forEach((piece, index) => {
        if (index > 0) lines.push({ parts: [], texts: [] });
        if (piece.trim() === "" && current().parts.length === 0) return;
        current().parts.push({ type: "text", value: piece });
        current().texts.push(piece);
      });
    } else {
      current().parts.push(child);
      current().texts.push(rawText(child));
    }
  }
  return lines.map(({ parts, texts }, index) => {
    const head = parts[0];
    const headText = texts[0] ?? "";
    return paragraphLine(headText, texts.slice(1).join(""), head?.type === "strong", firstLine + index);
  });
}
function paragraphLine(head, rest, strong, line) {
  if (strong) {
    const rawLabel = squash(head);
    const after = squash(rest);
    if (rawLabel.endsWith(":")) {
      const label = trimEndOf(rawLabel, ":").trimEnd();
      return after !== "" || label !== "" ? { label, text: after, line } : void 0;
    }
    if (after.startsWith(":")) {
      const text2 = after.slice(1).trimStart();
      return text2 !== "" || rawLabel !== "" ? { label: rawLabel, text: text2, line } : void 0;
    }
    if (after === "") return rawLabel !== "" ? { label: rawLabel, text: "", line } : void 0;
  }
  const text = squash(head + rest);
  return text !== "" ? { text, line } : void 0;
}
function toListItem(node) {
  const [first, ...rest] = node.children;
  const details = [];
  collectDetails(first?.type === "paragraph" ? rest : node.children, details);
  return listItem(first?.type === "paragraph" ? plainText(first) : "", details, lineOf(node), node.checked);
}
function listItem(text, details, line, checked) {
  let mark;
  let itemText2 = text;
  if (checked === true) mark = "done";
  else if (checked === false) mark = "open";
  else {
    const found = leadingMark(text);
    if (found) {
      mark = found.mark;
      itemText2 = text.slice(found.length).trimStart();
    }
  }
  const item = { text: itemText2, details, line };
  if (mark) item.mark = mark;
  return item;
}
var MARK_STARTS = new Set([...WORKING_MARKS, ...BROKEN_MARKS].map((mark) => mark.charCodeAt(0)));
function leadingMark(text) {
  if (!MARK_STARTS.has(text.charCodeAt(0))) return void 0;
  for (const symbol of WORKING_MARKS)
    if (text.startsWith(symbol)) return { mark: "working", length: symbol.length };
  for (const symbol of BROKEN_MARKS)
    if (text.startsWith(symbol)) return { mark: "broken", length: symbol.length };
  return void 0;
}
function collectDetails(nodes, into) {
  for (const node of nodes) {
    if (node.type === "list") {
      for (const item of node.children) collectDetails(item.children, into);
    } else if (node.type === "blockquote") {
      collectDetails(node.children, into);
    } else {
      const text = plainText(node);
      if (text !== "") into.push(text);
    }
  }
}

// src/core/document/facts.ts
function documentFacts(doc) {
  const read = readFacts(doc);
  const { field, prose } = read;
  const facts = { commitShas: commitShas(doc.commits) };
  const date = dateOf(read);
  if (date) facts.date = date;
  const agent = field("agent")?.value;
  if (agent) facts.agent = agent;
  const status = field("status")?.value;
  if (status) facts.statusText = status;
  const progress = progressOf(read);
  if (progress !== void 0) facts.progressPercent = progress;
  const timeSpent = hoursIn(field("timeSpent")?.value) ?? hoursIn(field("duration")?.value);
  if (timeSpent !== void 0) facts.timeSpentHours = timeSpent;
  const remaining = hoursIn(field("remaining")?.value);
  if (remaining !== void 0) facts.estimatedRemainingHours = remaining;
  const testsField = field("tests")?.value;
  const tests = (testsField ? testCountsIn(testsField) : void 0) ?? firstDefined(prose(), testCountsIn);
  if (tests) facts.tests = tests;
  const coverageField = field("coverage")?.value;
  const coverage = (coverageField ? numberIn(coverageField) : void 0) ?? firstDefined(prose(), coveragePhraseIn);
  if (coverage !== void 0) facts.coveragePercent = coverage;
  return facts;
}
function summaryFacts(doc) {
  const read = readFacts(doc);
  const facts = {};
  const date = dateOf(read);
  if (date) facts.date = date;
  const progress = progressOf(read);
  if (progress !== void 0) facts.progressPercent = progress;
  return facts;
}
function readFacts(doc) {
  const byFact = /* @__PURE__ */ new Map();
  const otherFacts = /* @__PURE__ */ new Set();
  for (const f of allFields(doc)) {
    const fact = fieldFactOf(f.label);
    if (fact !== void 0 && !byFact.has(fact)) byFact.set(fact, f);
    if (fact !== void 0 && fact !== "progress" && fact !== "status") otherFacts.add(f.value);
  }
  let proseRead;
  return {
    field: (fact) => byFact.get(fact),
    prose: () => {
      if (proseRead) return proseRead;
      const { timeProgress, currentState } = doc.elements;
      proseRead = timeProgress ? sectionTexts(timeProgress) : [];
      if (currentState) proseRead.push(...sectionTexts(currentState));
      return proseRead;
    },
    otherFacts
  };
}
function dateOf({ field }) {
  const dateField = field("date");
  return dateField && parseDocumentDate(dateField.value);
}
function progressOf({ field, prose, otherFacts }) {
  return progressIn(field("status")?.value) ?? progressIn(field("progress")?.value) ?? firstDefined(
    prose().filter((text) => !otherFacts.has(text) && !COVERAGE_WORD.test(text)),
    progressIn
  );
}
function openBlockers(doc) {
  return sectionItems(doc.elements.blockers).filter(
    (item) => item.mark !== "done" && item.mark !== "working" && isRealItem(item)
  );
}
function openNextSteps(doc) {
  return sectionItems(doc.elements.nextSteps).filter((item) => item.mark !== "done" && isRealItem(item));
}
function progressIn(text) {
  if (text === void 0) return void 0;
  const percent = percentIn(text);
  return percent !== void 0 && percent >= 0 && percent <= 100 ? percent : void 0;
}
function hoursIn(text) {
  if (!text) return void 0;
  let total;
  DURATION.lastIndex = 0;
  for (let match = DURATION.exec(text); match !== null; match = DURATION.exec(text)) {
    const amount = Number(match[1]);
    const minutes = (match[2] ?? "").toLowerCase().startsWith("m");
    total = (total ?? 0) + (minutes ? amount / 60 : amount);
  }
  return total === void 0 ? void 0 : Math.round(total * 100) / 100;
}
var DURATION = /(?<!\d)(\d+(?:\.\d+)?)\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?![a-z])/gi;
function testCountsIn(text) {
  const lower = text.toLowerCase();
  const count = (pattern, ...words) => {
    if (!words.some((word) => lower.includes(word))) return void 0;
    const match = text.match(pattern);
    return match ? Number(match[1]) : void 0;
  };
  const passed = count(TEST_COUNT.passed, "pass");
  const failed = count(TEST_COUNT.failed, "fail");
  if (passed === void 0 && failed === void 0) return void 0;
  const tests = { passed: passed ?? 0, failed: failed ?? 0 };
  const skipped = count(TEST_COUNT.skipped, "skipped", "pending", "todo");
  if (skipped !== void 0) tests.skipped = skipped;
  return tests;
}
var testCount = (words) => new RegExp(`(?<!\\d)(\\d+)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:${words})\\b`, "i");
var TEST_COUNT = {
  passed: testCount("passed|passing|pass"),
  failed: testCount("failed|failing|failures|failure|fail"),
  skipped: testCount("skipped|pending|todo")
};
var COVERAGE_WORD = /\bcoverage\b/i;
function coveragePhraseIn(text) {
  if (!text.includes("%")) return void 0;
  const match = text.match(/coverage\b[^0-9%]{0,20}?(\d+(?:\.\d+)?)\s*%/i) ?? // A number from its first digit only: tried from every digit of a long run, the expression was
  // quadratic (32 KB of digits before `x%`: 1 s); a later start never matches where the first fails.
  text.match(/(?<!\d)(\d+(?:\.\d+)?)\s*%\s*(?:\w+\s+)?coverage/i);
  return match ? Number(match[1]) : void 0;
}
function numberIn(text) {
  const match = text.match(/(\d+(?:\.\d+)?)/);
  return match ? Number(match[1]) : void 0;
}
function firstDefined(texts, read) {
  for (const text of texts) {
    const value = read(text);
    if (value !== void 0) return value;
  }
  return void 0;
}
function commitShas(section) {
  const shas = [];
  for (const item of sectionItems(section)) {
    const sha = item.text.match(/^([0-9a-f]{7,40})\b/i)?.[1];
    if (sha) shas.push(sha.toLowerCase());
  }
  return shas;
}
function sectionItems(section) {
  if (!section) return [];
  return [...section.items, ...section.subsections.flatMap((s) => s.items)];
}
function isRealItem(item) {
  return !isPlaceholderText(item.text) && !NOTHING.test(item.text);
}
var NOTHING = /^(?:none|nothing|no (?:current |open )?blockers?)\b[\s.!]*(?:(?:yet|so far|currently)[\s.!]*)?$/i;
function saysNothing(text) {
  return NOTHING.test(text);
}
function saysNoBlockers(doc) {
  const items = sectionItems(doc.elements.blockers);
  return openBlockers(doc).length === 0 && items.some((item) => NOTHING.test(item.text));
}

// src/core/document/line-syntax.ts
function listMarker(body) {
  const c = body[0];
  if (c === "-" || c === "*" || c === "+") {
    const next2 = body.charCodeAt(1);
    if (body.length === 1 || next2 === 32)
      return { char: c, width: 1, ordered: false, start: 0, interrupts: true };
    return void 0;
  }
  let i = 0;
  while (i < 9 && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  if (i === 0) return void 0;
  const d = body[i];
  if (d !== "." && d !== ")") return void 0;
  const next = body.charCodeAt(i + 1);
  if (body.length !== i + 1 && next !== 32) return void 0;
  const digits = body.slice(0, i);
  return { char: d, width: i + 1, ordered: true, start: Number(digits), interrupts: digits === "1" };
}
function atxHeading(body) {
  let depth = 0;
  while (body[depth] === "#") depth++;
  if (depth < 1 || depth > 6) return void 0;
  if (body.length > depth && body[depth] !== " " && body[depth] !== "	") return void 0;
  let text = trimSpacesAndTabs(body.slice(depth));
  const closing = /(?:^|[ \t])#+[ \t]*$/.exec(text);
  if (closing) text = trimSpacesAndTabs(text.slice(0, closing.index));
  return { depth, text };
}
function trimSpacesAndTabs(text) {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}
function indentAt(text, from) {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i - from;
}
function isAsciiPunctuation(code) {
  return code >= 33 && code <= 47 || code >= 58 && code <= 64 || code >= 91 && code <= 96 || code >= 123 && code <= 126;
}
function isBlank(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function fenceOpening(body) {
  const char = body[0];
  if (char !== "`" && char !== "~") return void 0;
  let run = 1;
  while (body[run] === char) run++;
  if (run < 3) return void 0;
  const info = body.slice(run);
  if (char === "`" && info.includes("`")) return void 0;
  return { char, length: run, info };
}
function closesFence(body, fence) {
  let run = 0;
  while (body[run] === fence.char) run++;
  return run >= fence.length && isBlank(body.slice(run));
}

// src/core/document/plain-scan.ts
var CONTROL = /[\0-\t\v-\x1f]/;
var NOT_PLAIN = /[\\`~[\]<|@]|&[#A-Za-z]|:\/\/|[Ww][Ww][Ww]\./;
function scanPlainHandoff(source) {
  if (CONTROL.test(source)) return void 0;
  const builder = handoffBuilder();
  let open;
  const close = () => {
    if (open?.kind === "paragraph") {
      const first = open.line;
      builder.paragraph(
        open.lines.map(
          (line, index) => line.strong ? paragraphLine(line.strong.head, line.strong.rest, true, first + index) : paragraphLine(line.text, "", false, first + index)
        )
      );
    } else if (open?.kind === "item") {
      const text = itemText(open.lines);
      if (text === void 0 || !closeSubItem(open)) return false;
      builder.item(listItem(text, open.details, open.line, open.checked));
    }
    open = void 0;
    return true;
  };
  let lineNo = 0;
  let start = 0;
  const length = source.length;
  while (start < length) {
    let end = source.indexOf("\n", start);
    if (end === -1) end = length;
    lineNo++;
    const line = source.slice(start, end);
    start = end + 1;
    const indent = indentAt(line, 0);
    if (indent === line.length) {
      if (!close()) return void 0;
      continue;
    }
    if (indent > 0) {
      const rest = line.slice(indent);
      const marker2 = listMarker(rest);
      if (marker2 && open?.kind === "item" && indent >= open.contentIndent && indent <= open.contentIndent + 3) {
        if (!openSubItem(open, indent, marker2, rest)) return void 0;
      } else if (!open || !opensParagraph(rest) || !continueParagraph(open, rest)) {
        return void 0;
      }
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 35) {
      const heading = atxHeading(line);
      const text = heading && plainInline(heading.text);
      if (!heading || !text || !close()) return void 0;
      builder.heading(squash(text.text), heading.depth, lineNo);
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      if (!marker.interrupts && open?.kind === "paragraph") return void 0;
      const item = itemContent(line.slice(marker.width + 1));
      if (!item || !close()) return void 0;
      open = {
        kind: "item",
        line: lineNo,
        lines: [item.text],
        checked: item.checked,
        contentIndent: marker.width + 1,
        details: []
      };
      continue;
    }
    if (!opensParagraph(line)) return void 0;
    if (open) {
      if (!continueParagraph(open, line)) return void 0;
      continue;
    }
    const plain = plainInline(line);
    if (!plain) return void 0;
    open = { kind: "paragraph", line: lineNo, lines: [plain] };
  }
  if (!close()) return void 0;
  return builder.finish();
}
function continueParagraph(open, line) {
  if (open.kind === "item") {
    (open.sub?.lines ?? open.lines).push(line);
    return true;
  }
  const plain = plainInline(line);
  if (!plain) return false;
  open.lines.push(plain);
  return true;
}
function openSubItem(item, indent, marker, rest) {
  if (item.sub && indent >= item.sub.contentIndent) return false;
  if (!item.sub && !marker.interrupts) return false;
  const content = itemContent(rest.slice(marker.width + 1));
  if (!content || !closeSubItem(item)) return false;
  item.sub = { contentIndent: indent + marker.width + 1, lines: [content.text] };
  return true;
}
function itemText(lines) {
  const text = plainInline(lines.join("\n"));
  return text && squash(text.text);
}
function closeSubItem(item) {
  if (!item.sub) return true;
  const detail = itemText(item.sub.lines);
  if (detail === void 0) return false;
  if (detail !== "") item.details.push(detail);
  item.sub = void 0;
  return true;
}
function opensParagraph(line) {
  const c = line.charCodeAt(0);
  if (c === 42) {
    const next = line.charCodeAt(1);
    return next === 42 && line.charCodeAt(2) !== 42 && line.charCodeAt(2) !== 32 && !Number.isNaN(line.charCodeAt(2));
  }
  if (c >= 48 && c <= 57) return listMarker(line) === void 0;
  if (c === 96) return line.charCodeAt(1) !== 96;
  if (c >= 128) return true;
  if (c === 58 && line.charCodeAt(1) === 45) return false;
  return PARAGRAPH_START[c] === 1;
}
var PARAGRAPH_START = new Uint8Array(128);
for (const c of `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"$%'(),./:;?^{}`)
  PARAGRAPH_START[c.charCodeAt(0)] = 1;
function itemContent(content) {
  let text = content;
  let checked = null;
  if (text.charCodeAt(0) === 91) {
    const check = text.charCodeAt(1);
    if (text.charCodeAt(2) !== 93 || text.charCodeAt(3) !== 32) return void 0;
    if (check === 32) checked = false;
    else if (check === 120 || check === 88) checked = true;
    else return void 0;
    text = text.slice(4);
    let i = 0;
    while (text.charCodeAt(i) === 32) i++;
    text = text.slice(i);
  }
  if (text === "" || !opensParagraph(text)) return void 0;
  return { text, checked };
}
function plainInline(text) {
  const read = {
    text: "",
    head: void 0,
    restFrom: void 0,
    under: void 0,
    star: void 0
  };
  let from = 0;
  for (; ; ) {
    const tick = text.indexOf("`", from);
    const to = tick === -1 ? text.length : tick;
    if (!readRuns(text, from, to, read)) return void 0;
    if (tick === -1) break;
    const end = text.indexOf("`", tick + 1);
    if (text.charCodeAt(tick + 1) === 96 || end === -1 || text.charCodeAt(end + 1) === 96) return void 0;
    const code = text.slice(tick + 1, end);
    if (code.charCodeAt(0) === 32 || code.charCodeAt(code.length - 1) === 32 || code.indexOf("\n") !== -1)
      return void 0;
    read.text += code;
    from = end + 1;
  }
  if (read.head === void 0) return { text: read.text };
  return { text: read.text, strong: { head: read.head, rest: read.text.slice(read.restFrom) } };
}
function nextOf(text, char, from, read) {
  if (char === "_") {
    const known2 = read.under;
    if (known2 !== void 0 && (known2 === -1 || known2 >= from)) return known2;
    read.under = text.indexOf(char, from);
    return read.under;
  }
  const known = read.star;
  if (known !== void 0 && (known === -1 || known >= from)) return known;
  read.star = text.indexOf(char, from);
  return read.star;
}
function readRuns(text, from, to, read) {
  if (from === to) return true;
  if (NOT_PLAIN.test(from === 0 && to === text.length ? text : text.slice(from, to))) return false;
  for (let under = nextOf(text, "_", from, read); under !== -1 && under < to; ) {
    let end = under;
    while (text.charCodeAt(end) === 95) end++;
    if (under === from || end >= to) return false;
    if (!isAsciiAlphanumeric(text.charCodeAt(under - 1)) || !isAsciiAlphanumeric(text.charCodeAt(end)))
      return false;
    under = nextOf(text, "_", end, read);
  }
  let star = nextOf(text, "*", from, read);
  let done = from;
  while (star !== -1 && star < to) {
    if (text.charCodeAt(star + 1) !== 42) return false;
    if (star > 0 && !isSpaceOrNewline(text.charCodeAt(star - 1))) return false;
    if (!isRunEdge(text.charCodeAt(star + 2))) return false;
    const close = text.indexOf("*", star + 2);
    if (close === -1 || close + 1 >= to || text.charCodeAt(close + 1) !== 42) return false;
    if (!isRunEdge(text.charCodeAt(close - 1))) return false;
    const after = close + 2;
    if (after < text.length && !closesRun(text.charCodeAt(after))) return false;
    const inner = text.slice(star + 2, close);
    if (inner.indexOf("\n") !== -1) return false;
    const head = read.head === void 0 && read.text === "" && done === 0 && text.slice(0, star).trim() === "";
    read.text += text.slice(done, star);
    if (head) {
      read.head = inner;
      read.restFrom = read.text.length + inner.length;
    }
    read.text += inner;
    done = close + 2;
    star = nextOf(text, "*", done, read);
  }
  read.text += text.slice(done, to);
  return true;
}
function isAsciiAlphanumeric(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isSpaceOrNewline(code) {
  return code === 32 || code === 10;
}
function closesRun(code) {
  return isSpaceOrNewline(code) || isAsciiPunctuation(code) && code !== 42;
}
function isRunEdge(code) {
  return code > 32 && code < 127 && code !== 42;
}

// src/core/document/scan.ts
var MAX_NESTING = 64;
function summarizeHandoff(markdown, file) {
  const doc = scanHandoff(markdown, file);
  return { missingElements: missingPlaces(doc, countLines(markdown)), facts: summaryFacts(doc) };
}
function scanHandoff(markdown, file) {
  const source = readableSource(markdown, file);
  return scanPlainHandoff(source) ?? scanSourceInFull(source, file);
}
function scanHandoffInFull(markdown, file) {
  return scanSourceInFull(readableSource(markdown, file), file);
}
function scanSourceInFull(source, file) {
  const builder = handoffBuilder();
  scanBlocks(source, (node) => builder.block(node), file);
  return builder.finish();
}
function countLines(text) {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  if (text.endsWith("\n")) lines--;
  return Math.max(lines, 1);
}
var MAX_LINES = 5e4;
var MAX_MARKUP = 1e5;
var MAX_BLOCK_MARKERS = 5e4;
function assertReadableHandoff(markdown, file) {
  if (!withinBudgetsAtAGlance(markdown)) assertReadableLineByLine(markdown, file);
}
function assertReadableLineByLine(markdown, file) {
  let line = 1;
  let start = 0;
  const length = markdown.length;
  const markers = { count: 0 };
  const conflict = { from: 0, fence: 0, split: false, splitFence: 0 };
  let fence;
  const items = [];
  let fences = 0;
  while (start <= length) {
    let end = markdown.indexOf("\n", start);
    if (end === -1) end = length;
    const indent = indentColumns(markdown, start, end);
    if (fence && fence.item > 0 && indent >= 0 && indent < fence.item) fence = void 0;
    if (!fence && indent >= 0) followItems(items, markdown, start, end, indent);
    const body = fenceLineBody(markdown, start, end);
    const opener = body !== void 0 && !fence ? fenceOpening(body) : void 0;
    const inFence = fence?.id ?? 0;
    if (opener) {
      fences++;
      fence = {
        char: opener.char,
        length: opener.length,
        id: fences,
        item: items.length > 0 ? items[items.length - 1] : 0
      };
    } else if (body !== void 0 && fence && closesFence(body, fence)) {
      fence = void 0;
    } else if (conflictMarkerAt(markdown, start, end, "<")) {
      if (conflict.from === 0) Object.assign(conflict, { from: line, fence: inFence, split: false });
    } else if (conflict.from > 0 && splitMarkerAt(markdown, start, end)) {
      conflict.split = true;
      conflict.splitFence = inFence;
    } else if (conflict.split && conflictMarkerAt(markdown, start, end, ">")) {
      const quoted = conflict.fence !== 0 && conflict.fence === conflict.splitFence && conflict.fence === inFence;
      if (!quoted) {
        throw new InputError(
          `an unresolved merge conflict (lines ${conflict.from}-${line}): resolve it, keeping one version of each section, then commit`,
          { file, line: conflict.from },
          "document/conflict"
        );
      }
      Object.assign(conflict, { from: 0, fence: 0, split: false, splitFence: 0 });
    }
    const lineDepth = nestingAt(markdown, start, end, markers);
    if (lineDepth > MAX_NESTING) {
      throw new InputError(
        `lists or quotes nested ${lineDepth > 1e4 ? "over 10000" : lineDepth} deep; a handoff may nest ${MAX_NESTING} at most`,
        { file, line },
        "document/nesting"
      );
    }
    if (line > MAX_LINES) {
      throw new InputError(
        `more than ${MAX_LINES} lines; a handoff is a page or two, not a log`,
        { file, line },
        "document/lines"
      );
    }
    if (markers.count > MAX_BLOCK_MARKERS) {
      throw new InputError(
        `more than ${MAX_BLOCK_MARKERS} list-item and quote markers; a handoff is prose and lists, not a tree of them`,
        { file, line },
        "document/blocks"
      );
    }
    start = end + 1;
    line++;
  }
  if (length <= MAX_MARKUP) return;
  let markup = 0;
  let nodes = 0;
  for (let i = 0; i < length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) {
      markup++;
      if (markup > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} emphasis and bracket characters (*_~[]); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          "document/markup"
        );
      }
    } else if (c === 96 || c === 60 || c === 124) {
      nodes++;
      if (nodes > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} code, tag and table characters (\`<|); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          "document/markup"
        );
      }
    }
  }
}
function withinBudgetsAtAGlance(markdown) {
  return markdown.length < MAX_LINES && markdown.length < MAX_BLOCK_MARKERS && markdown.length < MAX_MARKUP && !CONFLICT_START.test(markdown) && !DEEP_LINE_START.test(markdown);
}
var CONFLICT_START = /^<{7}/m;
var NESTING_RUN = Math.floor(MAX_NESTING / 2);
var DEEP_LINE_START = new RegExp(`^[\\t >*+\\-0-9.)]{${NESTING_RUN}}`, "m");
function fenceLineBody(text, start, end) {
  let at2 = start;
  while (at2 < end && at2 - start < 3 && text.charCodeAt(at2) === 32) at2++;
  const c = text.charCodeAt(at2);
  return c === 96 || c === 126 ? text.slice(at2, end) : void 0;
}
function indentColumns(text, start, end) {
  let column = 0;
  for (let at2 = start; at2 < end; at2++) {
    const c = text.charCodeAt(at2);
    if (c === 32) column++;
    else if (c === 9) column += 4 - column % 4;
    else if (c !== 13) return column;
  }
  return -1;
}
function followItems(items, text, start, end, indent) {
  while (items.length > 0 && items[items.length - 1] > indent) items.pop();
  let at2 = start;
  while (at2 < end && (text.charCodeAt(at2) === 32 || text.charCodeAt(at2) === 9)) at2++;
  const marker = listMarker(text.slice(at2, Math.min(end, at2 + 12)));
  if (!marker) return;
  let spaces = 0;
  while (at2 + marker.width + spaces < end && text.charCodeAt(at2 + marker.width + spaces) === 32) spaces++;
  items.push(indent + marker.width + (spaces >= 1 && spaces <= 4 ? spaces : 1));
}
function conflictMarkerAt(text, start, end, char) {
  let at2 = start;
  while (at2 < end && text[at2] === char) at2++;
  if (at2 - start < 7) return false;
  const after = text.charCodeAt(at2);
  return at2 === end || after === 32 || after === 9 || after === 13;
}
function splitMarkerAt(text, start, end) {
  let at2 = start;
  while (at2 < end && text.charCodeAt(at2) === 61) at2++;
  return at2 - start >= 7 && (at2 === end || at2 + 1 === end && text.charCodeAt(at2) === 13);
}
function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function nestingAt(text, start, end, counted) {
  let markers = 0;
  let indent = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (markers === 0) indent++;
    } else if (c === 9) {
      if (markers === 0) indent += 4;
    } else if (c === 62) markers++;
    else if ((c === 45 || c === 42 || c === 43) && (i + 1 === end || isSpaceCode(text.charCodeAt(i + 1))))
      markers++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && (j + 1 === end || isSpaceCode(text.charCodeAt(j + 1)))) {
        markers++;
        i = j;
      } else break;
    } else break;
    i++;
  }
  counted.count += markers;
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}
function isSpaceCode(c) {
  return c === 32 || c === 9;
}
function paragraphLike(leaf) {
  return leaf?.node.type === "paragraph" || leaf?.node.type === "definition";
}
var BLOCK_TAGS = new Set(
  "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" ")
);
var DEFINITION_TITLE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*$/;
var RAW_TAGS = /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i;
var TAG_OPEN = /^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
var TAG_CLOSE = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
var BlockScanner = class {
  constructor(definitions, sink, file) {
    this.sink = sink;
    this.inline = new InlineParser(definitions, file);
  }
  sink;
  /** The top-level block still open (at most one child). */
  root = { type: "root", children: [] };
  stack = [];
  leaf;
  inline;
  /** The definitions met (the first pass's answer). */
  found = /* @__PURE__ */ new Set();
  /** The run of definitions just read: its first line and its last. */
  definitions;
  /** Adds a block to a container, or as the next top-level block (handing over the previous one). */
  addChild(parent, node) {
    if (parent === this.root) this.flushTopLevel();
    parent.children.push(node);
  }
  flushTopLevel() {
    const done = this.root.children.pop();
    if (done && this.sink) this.sink(finishBlock(done, this.inline));
  }
  scan(source) {
    let lineNo = 0;
    let start = 0;
    while (start < source.length) {
      let end = source.indexOf("\n", start);
      if (end === -1) end = source.length;
      lineNo++;
      this.line(expandTabs(source.slice(start, end)), lineNo);
      start = end + 1;
    }
    this.closeLeaf();
  }
  parentNode() {
    const top = this.stack[this.stack.length - 1];
    return top ? top.node : this.root;
  }
  line(text, lineNo) {
    let pos = 0;
    let matched = 0;
    const blank = isBlank(text);
    let spacesEnd = -1;
    const spacesFrom = (from) => {
      if (spacesEnd < from) spacesEnd = from + indentAt(text, from);
      return spacesEnd - from;
    };
    for (const frame of this.stack) {
      if (frame.kind === "quote") {
        const indent2 = spacesFrom(pos);
        if (indent2 < 4 && text.charCodeAt(pos + indent2) === 62) {
          pos += indent2 + 1;
          if (text.charCodeAt(pos) === 32) pos++;
          matched++;
          continue;
        }
        break;
      }
      if (blank) {
        if (frame.startedBlank && frame.node.children.length === 0 && frame.lines > 0) break;
        matched++;
        continue;
      }
      const indent = spacesFrom(pos);
      if (indent >= frame.contentIndent - pos) {
        pos = frame.contentIndent;
        matched++;
        continue;
      }
      break;
    }
    for (let i = 0; i < matched; i++) {
      const frame = this.stack[i];
      if (frame.kind === "item") frame.lines++;
    }
    const rest = text.slice(pos);
    if (matched === this.stack.length && this.leaf) {
      if (this.leaf.fence) {
        if (this.continueFence(rest)) return;
      } else if (this.leaf.htmlEnd !== void 0) {
        this.continueHtml(rest, blank);
        return;
      }
    }
    if (matched < this.stack.length && !blank && paragraphLike(this.leaf) && !this.startsBlock(rest, true)) {
      if (this.leaf?.node.type === "paragraph") this.leaf.node.raw.push(rest.trimStart());
      else this.leafLine(rest.trimStart(), lineNo, false);
      return;
    }
    let lazy = matched < this.stack.length;
    if (matched < this.stack.length) {
      this.closeLeaf();
      this.stack.length = matched;
    }
    const interrupting = paragraphLike(this.leaf) || this.leaf?.pendingBlank !== void 0;
    let cursor = rest;
    let column = pos;
    for (; ; ) {
      const indent = indentAt(cursor, 0);
      if (indent >= 4) break;
      const afterIndent = cursor.slice(indent);
      if (afterIndent.charCodeAt(0) === 62) {
        this.closeLeaf();
        const node = { type: "blockquote", children: [], position: at(lineNo) };
        this.addChild(this.parentNode(), node);
        this.stack.push({ kind: "quote", node });
        lazy = false;
        let skip = indent + 1;
        if (cursor.charCodeAt(skip) === 32) skip++;
        column += skip;
        cursor = cursor.slice(skip);
        continue;
      }
      const marker = listMarker(afterIndent);
      if (!marker || this.breaksAt(rest, cursor)) break;
      const afterMarker = afterIndent.slice(marker.width);
      if (interrupting && (isBlank(afterMarker) || !marker.interrupts)) break;
      if (this.setextDepth(cursor) !== void 0) break;
      this.closeLeaf();
      const spaces = indentAt(afterMarker, 0);
      const blankItem = isBlank(afterMarker);
      const gap = blankItem || spaces > 4 ? 1 : spaces;
      const contentIndent = column + indent + marker.width + gap;
      const parent = this.parentNode();
      const last = parent.children[parent.children.length - 1];
      let list;
      if (last?.type === "list" && last.marker === marker.char) {
        list = last;
      } else {
        list = {
          type: "list",
          ordered: marker.ordered,
          start: marker.ordered ? marker.start : null,
          spread: false,
          children: [],
          position: at(lineNo)
        };
        list.marker = marker.char;
        this.addChild(parent, list);
      }
      const item = {
        type: "listItem",
        spread: false,
        checked: null,
        children: [],
        position: at(lineNo)
      };
      list.children.push(item);
      this.stack.push({ kind: "item", node: item, list, contentIndent, startedBlank: blankItem, lines: 1 });
      lazy = false;
      column = contentIndent;
      cursor = blankItem ? "" : afterMarker.slice(gap);
      if (blankItem) break;
    }
    this.leafLine(cursor, lineNo, lazy);
  }
  leafLine(text, lineNo, lazy) {
    const blank = isBlank(text);
    if (blank) {
      if (this.leaf?.pendingBlank !== void 0) {
        this.leaf.pendingBlank++;
        return;
      }
      this.closeLeaf();
      return;
    }
    const indent = indentAt(text, 0);
    const paragraph = this.leaf?.node.type === "paragraph" ? this.leaf.node : void 0;
    if (indent >= 4 && !paragraphLike(this.leaf)) {
      const code = this.leaf?.pendingBlank !== void 0 ? this.leaf.node : void 0;
      if (code) {
        const held = this.leaf?.pendingBlank ?? 0;
        code.value += `${"\n".repeat(held)}
${text.slice(4)}`;
        this.leaf.pendingBlank = 0;
        return;
      }
      this.closeLeaf();
      const node2 = { type: "code", lang: null, meta: null, value: text.slice(4), position: at(lineNo) };
      this.push(node2);
      if (!lazy) this.leaf = { node: node2, pendingBlank: 0 };
      return;
    }
    if (this.leaf?.pendingBlank !== void 0) this.closeLeaf();
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    if (this.leaf?.node.type === "definition" && !this.leaf.titled && DEFINITION_TITLE.test(body)) {
      this.leaf.titled = true;
      if (this.definitions) this.definitions.line = lineNo;
      return;
    }
    if (paragraph) {
      const setext = this.setextDepth(text);
      if (setext !== void 0) {
        this.leaf = void 0;
        this.toHeading(paragraph, setext);
        return;
      }
      const table = this.leaf?.node.type === "paragraph" ? this.tableStart(paragraph, text, lineNo) : false;
      if (table) return;
    }
    if (this.leaf?.node.type === "table") {
      if (!this.startsBlock(text, false)) {
        this.leaf.node.rawRows.push(text);
        return;
      }
    }
    if (first === 35) {
      const heading = atxHeading(body);
      if (heading) {
        this.closeLeaf();
        const node2 = {
          type: "heading",
          depth: heading.depth,
          children: [],
          raw: heading.text,
          position: at(lineNo)
        };
        this.push(node2);
        return;
      }
    }
    if (isThematicBreak(text)) {
      this.closeLeaf();
      this.push({ type: "thematicBreak", position: at(lineNo) });
      return;
    }
    if (first === 96 || first === 126) {
      const fence = fenceOpening(body);
      if (fence) {
        this.closeLeaf();
        const info = fence.info.trim();
        const node2 = {
          type: "code",
          lang: info === "" ? null : info.split(/\s/)[0] ?? null,
          meta: null,
          value: "",
          position: at(lineNo)
        };
        this.push(node2);
        this.leaf = {
          node: node2,
          fence: { char: fence.char, length: fence.length, indent }
        };
        node2.lines = [];
        return;
      }
    }
    if (first === 60) {
      const end = htmlBlockEnd(body, paragraphLike(this.leaf));
      if (end !== void 0) {
        this.closeLeaf();
        const node2 = { type: "html", value: text, position: at(lineNo) };
        this.push(node2);
        if (end !== "" && body.includes(end, 1)) return;
        this.leaf = { node: node2, htmlEnd: end };
        return;
      }
    }
    if (paragraph) {
      paragraph.raw.push(body);
      return;
    }
    if (first === 91 && this.definition(body, lineNo)) return;
    this.closeLeaf();
    const node = { type: "paragraph", children: [], raw: [body], position: at(lineNo) };
    if (this.definitions?.line === lineNo - 1) node.contentStart = this.definitions.start;
    this.push(node);
    this.leaf = { node };
  }
  push(node) {
    this.addChild(this.parentNode(), node);
  }
  continueFence(text) {
    const leaf = this.leaf;
    const fence = leaf.fence;
    const node = leaf.node;
    const indent = indentAt(text, 0);
    if (indent < 4 && closesFence(text.slice(indent), fence)) {
      this.closeLeaf();
      return true;
    }
    node.lines.push(text.slice(Math.min(fence.indent, indent)));
    return true;
  }
  continueHtml(text, blank) {
    const leaf = this.leaf;
    const node = leaf.node;
    if (leaf.htmlEnd === "") {
      if (blank) {
        this.closeLeaf();
        return;
      }
      node.value += `
${text}`;
      return;
    }
    node.value += `
${text}`;
    if (text.includes(leaf.htmlEnd)) this.closeLeaf();
  }
  /** `---`/`===` under a paragraph, in the same container. */
  /**
   * Whether `line` from its suffix `cursor` on is a thematic break, from the line's reach for each
   * character, found once per line: each list marker on a line asks again of what follows it, and
   * 60 markers before a 4 MB run of `-` scanned it 60 times (2.5 s).
   */
  breaksAt(line, cursor) {
    return thematicBreakAt(line, line.length - cursor.length, (char) => {
      let reach = this.breakReach;
      if (reach?.line !== line || reach.char !== char) {
        reach = { line, ...breakReachOf(line, char) };
        this.breakReach = reach;
      }
      return reach;
    });
  }
  breakReach;
  setextDepth(text) {
    if (this.leaf?.node.type !== "paragraph") return void 0;
    const match = /^ {0,3}(=+|-+)[ \t]*$/.exec(text);
    if (!match) return void 0;
    return (match[1] ?? "").startsWith("=") ? 1 : 2;
  }
  toHeading(paragraph, depth) {
    const parent = this.parentNode();
    const index = parent.children.lastIndexOf(paragraph);
    const raw = paragraph.raw.join("\n");
    const heading = {
      type: "heading",
      depth,
      children: [],
      raw,
      position: paragraph.contentStart === void 0 ? paragraph.position : at(paragraph.contentStart)
    };
    parent.children[index] = heading;
  }
  /** A GFM table: the paragraph's last line is the header row, this line the delimiter row. */
  tableStart(paragraph, text, lineNo) {
    if (!text.includes("-")) return false;
    const delimiter = splitCells(text.trim());
    if (delimiter.length === 0 || !delimiter.every((cell) => /^:?-+:?$/.test(cell.trim()))) return false;
    if (!text.includes("|") && delimiter.length === 1 && !text.includes(":")) return false;
    const header = paragraph.raw[paragraph.raw.length - 1];
    if (splitCells(header.trim()).length !== delimiter.length) return false;
    const parent = this.parentNode();
    const table = {
      type: "table",
      align: delimiter.map(() => null),
      children: [],
      rawRows: [header],
      position: at(lineNo - 1)
    };
    paragraph.raw.pop();
    if (paragraph.raw.length === 0) {
      const index = parent.children.lastIndexOf(paragraph);
      parent.children.splice(index, 1);
    }
    this.addChild(parent, table);
    this.leaf = { node: table };
    return true;
  }
  /** Would this line start a block that interrupts a paragraph (or ends a table)? */
  startsBlock(text, lazy) {
    const indent = indentAt(text, 0);
    if (indent >= 4) return false;
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    if (first === 62) return true;
    if (first === 35 && atxHeading(body)) return true;
    if (isThematicBreak(text)) return true;
    if ((first === 96 || first === 126) && /^(`{3,}|~{3,})/.test(body)) return true;
    if (first === 60 && htmlBlockEnd(body, true) !== void 0) return true;
    const marker = listMarker(body);
    if (marker) {
      if (lazy) return true;
      const after = body.slice(marker.width);
      if (!isBlank(after) && marker.interrupts) return true;
    }
    return false;
  }
  definition(body, lineNo) {
    const match = /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/.exec(
      body
    );
    if (!match || (match[1] ?? "").trim() === "") return false;
    this.closeLeaf();
    const label = normaliseReference(match[1] ?? "");
    this.found.add(label);
    const start = this.definitions?.line === lineNo - 1 ? this.definitions.start : lineNo;
    this.definitions = { start, line: lineNo };
    const node = {
      type: "definition",
      identifier: label,
      label: match[1] ?? "",
      url: "",
      title: null,
      position: at(lineNo)
    };
    this.push(node);
    this.leaf = { node, titled: match[3] !== void 0 };
    return true;
  }
  closeLeaf() {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = void 0;
    if (leaf.fence) {
      const node = leaf.node;
      node.value = (node.lines ?? []).join("\n");
      delete node.lines;
    }
  }
  finish() {
    this.closeLeaf();
    this.stack.length = 0;
    this.flushTopLevel();
  }
};
function at(line) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}
function expandTabs(line) {
  if (!line.includes("	")) return line;
  let out = "";
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === "	") {
      const width = 4 - column % 4;
      out += " ".repeat(width);
      column += width;
    } else if (c === " " || c === ">" || c === "-" || c === "*" || c === "+") {
      out += c;
      column++;
    } else break;
  }
  return out + line.slice(i);
}
function isThematicBreak(text) {
  return thematicBreakAt(text, 0, (char) => breakReachOf(text, char));
}
function breakReachOf(line, char) {
  let seen = 0;
  let third = -1;
  let i = line.length - 1;
  for (; i >= 0; i--) {
    const d = line[i];
    if (d === char) {
      if (++seen === 3) third = i;
    } else if (d !== " " && d !== "	") break;
  }
  return { char, after: i, third };
}
function thematicBreakAt(line, from, reachOf) {
  const at2 = from + indentAt(line, from);
  if (at2 - from >= 4) return false;
  const c = line[at2];
  if (c !== "-" && c !== "*" && c !== "_") return false;
  const { after, third } = reachOf(c);
  return at2 > after && at2 <= third;
}
function htmlBlockEnd(body, paragraphOpen) {
  if (body.startsWith("<!--")) return "-->";
  if (RAW_TAGS.test(body)) {
    const name = /^<([a-z]+)/i.exec(body)?.[1]?.toLowerCase() ?? "";
    return `</${name}>`;
  }
  if (body.startsWith("<?")) return "?>";
  if (body.startsWith("<![CDATA[")) return "]]>";
  if (/^<![A-Za-z]/.test(body)) return ">";
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(body);
  if (tag && BLOCK_TAGS.has((tag[1] ?? "").toLowerCase())) return "";
  if (paragraphOpen) return void 0;
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const open = TAG_OPEN.exec(body) ?? TAG_CLOSE.exec(body);
  if (open && isBlank(body.slice(open[0].length))) {
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(body)?.[1]?.toLowerCase();
    if (name && !/^(?:script|pre|style|textarea)$/.test(name)) return "";
  }
  return void 0;
}
function splitCells(row) {
  const cells = [];
  let current = "";
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === "\\" && row[i + 1] === "|") {
      current += "|";
      i++;
    } else if (c === "|") {
      cells.push(current);
      current = "";
    } else current += c;
  }
  cells.push(current);
  if (row.startsWith("|")) cells.shift();
  if (row.endsWith("|") && !row.endsWith("\\|") && cells.length > 0) cells.pop();
  return cells;
}
function normaliseReference(label) {
  return label.replace(/[ \t\r\n]+/g, " ").trim().toLowerCase().toUpperCase();
}
function scanMarkdown(markdown, file) {
  const root = { type: "root", children: [] };
  scanBlocks(readableSource(markdown, file), (node) => root.children.push(node), file);
  return root;
}
function readableSource(markdown, file) {
  const text = markdown.charCodeAt(0) === 65279 ? markdown.slice(1) : markdown;
  const source = text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
  assertReadableHandoff(source, file);
  return source;
}
function scanBlocks(source, sink, file) {
  let definitions = /* @__PURE__ */ new Set();
  if (/^[ >]*\[[^\n]*\]:/m.test(source)) {
    const first = new BlockScanner(definitions, void 0, file);
    first.scan(source);
    first.finish();
    definitions = first.found;
  }
  const scanner = new BlockScanner(definitions, sink, file);
  scanner.scan(source);
  scanner.finish();
}
function finishBlock(block, inline) {
  const pending = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "paragraph") {
      const raw = node.raw;
      if (raw) {
        const text = trimEndOf(raw.join("\n"), " 	");
        if (TASK_CHECK.test(text)) opensWithCheck.add(node);
        node.children = inline.parse(text, node.position?.start.line);
        node.raw = void 0;
      }
    } else if (node.type === "heading") {
      const raw = node.raw;
      if (raw !== void 0) node.children = inline.parse(raw.trim(), node.position?.start.line);
    } else if (node.type === "table") {
      const rows = node.rawRows;
      node.children = rows.map(
        (row) => ({
          type: "tableRow",
          children: splitCells(row.trim()).map(
            (cell) => ({
              type: "tableCell",
              children: inline.parse(cell.trim(), node.position?.start.line)
            })
          )
        })
      );
    } else if (node.type === "list") {
      for (const item of node.children) pending.push(...item.children);
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
  taskItems(block);
  return block;
}
var TASK_CHECK = /^\[([ \txX])\](?=[ \t\n])[ \t]*/;
var opensWithCheck = /* @__PURE__ */ new WeakSet();
function taskItems(block) {
  const pending = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "list") {
      for (const item of node.children) {
        const first = item.children[0];
        const head = first?.type === "paragraph" && opensWithCheck.has(first) ? first.children[0] : void 0;
        if (head?.type === "text") {
          const match = TASK_CHECK.exec(head.value);
          const followed = match && (match[0].length < head.value.length || first?.type === "paragraph" && first.children.length > 1);
          if (match && followed) {
            item.checked = match[1] === "x" || match[1] === "X";
            head.value = head.value.slice(match[0].length);
          }
        }
        pending.push(...item.children);
      }
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
}
var ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  rarr: "\u2192",
  larr: "\u2190",
  harr: "\u2194",
  rArr: "\u21D2",
  check: "\u2713",
  times: "\xD7",
  deg: "\xB0",
  middot: "\xB7",
  bull: "\u2022",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  euro: "\u20AC",
  pound: "\xA3",
  sect: "\xA7",
  para: "\xB6",
  plusmn: "\xB1",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260"
};
var PUNCTUATION = /[\p{P}\p{S}]/u;
var MAY_HOLD_INLINE_SYNTAX = /[\\\n`*_~[!\]<&]|https?:\/\/|www\./i;
var SPECIAL = [];
for (const c of "\\\n`*_~[!]<&hwHW") SPECIAL[c.charCodeAt(0)] = true;
var WHITESPACE = /\s/u;
var MAX_DESTINATION = 4096;
function classify(text, i) {
  if (i < 0 || i >= text.length) return 1;
  const code = text.codePointAt(i);
  if (code < 128) {
    if (code === 32 || code >= 9 && code <= 13) return 1;
    return isAsciiPunctuation(code) ? 2 : 0;
  }
  const char = code >= 56320 && code <= 57343 && i > 0 ? String.fromCodePoint(text.codePointAt(i - 1)) : String.fromCodePoint(code);
  if (WHITESPACE.test(char)) return 1;
  if (PUNCTUATION.test(char)) return 2;
  return 0;
}
var InlineParser = class {
  constructor(definitions, file) {
    this.definitions = definitions;
    this.file = file;
  }
  definitions;
  file;
  head = { seq: 0 };
  tail = this.head;
  seq = 0;
  text = "";
  brackets = [];
  /**
   * The link openers (`[`, not `![`) held at `brackets[k]` for k below this are inactive: a link
   * closed over them (CommonMark: no link inside a link). A mark, not a walk over the stack per link:
   * 40,000 open `[` before 20,000 links took 17 s.
   */
  inactiveBelow = 0;
  codeRuns = /* @__PURE__ */ new Map();
  codeCursor = /* @__PURE__ */ new Map();
  lastCloseBracket = -1;
  /**
   * The first `-->` at or after `from` (`at`, -1 for none): one search answers every `<!--` before
   * it. Searched again for each, 40,000 unclosed `<!--` took 17 s.
   */
  commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };
  /** How deep each link, image, emphasis and strikethrough node nests others (text: 0). */
  depths = /* @__PURE__ */ new WeakMap();
  /** The line the text being parsed starts on, for the error a hostile one gets. */
  line;
  /**
   * Records how deep `node` nests its `children`; past MAX_NESTING, as for lists and quotes, the
   * document is refused (`document/nesting`). 3,500 nested `*a ... a*` overflowed the stack of every
   * reader of the tree, and an image's alt text was copied again at each of 25,000 levels (3.4 s).
   */
  nest(node, children) {
    let deepest = 0;
    for (const child of children) deepest = Math.max(deepest, this.depths.get(child) ?? 0);
    if (deepest >= MAX_NESTING) {
      throw new InputError(
        `links, images or emphasis nested over ${MAX_NESTING} deep; a handoff may nest ${MAX_NESTING} at most`,
        {
          ...this.file === void 0 ? {} : { file: this.file },
          ...this.line === void 0 ? {} : { line: this.line }
        },
        "document/nesting"
      );
    }
    this.depths.set(node, deepest + 1);
  }
  parse(text, line) {
    if (!MAY_HOLD_INLINE_SYNTAX.test(text)) return text === "" ? [] : [{ type: "text", value: text }];
    this.text = text;
    this.line = line;
    this.seq = 0;
    this.head = { seq: 0 };
    this.tail = this.head;
    this.brackets = [];
    this.inactiveBelow = 0;
    this.commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };
    this.indexCodeRuns();
    let parts = [];
    let runStart = 0;
    const closeRun = (at2) => {
      if (at2 > runStart) parts.push(text.slice(runStart, at2));
    };
    const flush = (at2) => {
      closeRun(at2);
      if (parts.length > 0) {
        const value = parts.length === 1 ? parts[0] : parts.join("");
        if (value !== "") this.appendText(value);
      }
      parts = [];
    };
    let i = 0;
    const n = text.length;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (!SPECIAL[code]) {
        i++;
        continue;
      }
      const c = text[i];
      if (c === "\\") {
        const next = text[i + 1];
        if (next === "\n") {
          flush(i);
          this.append({ node: { type: "break" } });
          i = skipSpaces(text, i + 2);
          runStart = i;
          continue;
        }
        if (next !== void 0 && isAsciiPunctuation(next.charCodeAt(0))) {
          closeRun(i);
          parts.push(next);
          i += 2;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "\n") {
        let spaces = 0;
        while (i - spaces - 1 >= runStart && text[i - spaces - 1] === " ") spaces++;
        if (spaces >= 2) {
          flush(i - spaces);
          this.append({ node: { type: "break" } });
        } else {
          closeRun(i - spaces);
          parts.push("\n");
        }
        i = skipSpaces(text, i + 1);
        runStart = i;
        continue;
      }
      if (c === "`") {
        let run = 1;
        while (text[i + run] === "`") run++;
        const close = this.codeCloser(run, i + run);
        if (close === void 0) {
          i += run;
          continue;
        }
        flush(i);
        let value = text.slice(i + run, close);
        if (/^[ \n].*[ \n]$/s.test(value) && !/^[ \n]*$/.test(value)) value = value.slice(1, -1);
        this.append({ node: { type: "inlineCode", value } });
        i = close + run;
        runStart = i;
        continue;
      }
      if (c === "*" || c === "_" || c === "~") {
        let run = 1;
        while (text[i + run] === c) run++;
        if (c === "~" && run > 2) {
          i += run;
          continue;
        }
        const before = classify(text, i - 1);
        const after = classify(text, i + run);
        let canOpen;
        let canClose;
        if (c === "~") {
          canOpen = after === 0 || after === 2 && before !== 0;
          canClose = before === 0 || before === 2 && after !== 0;
        } else {
          const open = after === 0 || after === 2 && before !== 0;
          const close = before === 0 || before === 2 && after !== 0;
          canOpen = c === "*" ? open : open && (before !== 0 || !close);
          canClose = c === "*" ? close : close && (after !== 0 || !open);
        }
        if (!canOpen && !canClose) {
          i += run;
          continue;
        }
        flush(i);
        this.append({
          node: { type: "text", value: text.slice(i, i + run) },
          delim: { char: c, count: run, original: run, canOpen, canClose }
        });
        i += run;
        runStart = i;
        continue;
      }
      if (c === "[" || c === "!" && text[i + 1] === "[") {
        const image = c === "!";
        const width = image ? 2 : 1;
        if (i > this.lastCloseBracket) {
          i += width;
          continue;
        }
        flush(i);
        const piece = {
          node: { type: "text", value: image ? "![" : "[" },
          bracket: { image, start: i + width },
          seq: 0
        };
        this.append(piece);
        this.brackets.push(piece);
        i += width;
        runStart = i;
        continue;
      }
      if (c === "]") {
        if (this.brackets.length === 0) {
          i++;
          continue;
        }
        flush(i);
        runStart = i;
        const end = this.closeBracket(i);
        if (end !== void 0) {
          i = end;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "<") {
        const window = text.slice(i, i + 2048);
        const auto = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(window);
        const mail = auto ? void 0 : /^<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/.exec(
          window
        );
        const found = auto ?? mail;
        if (found) {
          flush(i);
          const target = found[1];
          this.append({
            node: {
              type: "link",
              url: mail ? `mailto:${target}` : target,
              title: null,
              children: [{ type: "text", value: target }]
            }
          });
          i += found[0].length;
          runStart = i;
          continue;
        }
        const html = text.startsWith("<!--", i) ? this.commentEnd(i) : inlineHtml(text, i);
        if (html !== void 0) {
          flush(i);
          this.append({ node: { type: "html", value: text.slice(i, html) } });
          i = html;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "&") {
        const entity = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/.exec(
          text.slice(i, i + 40)
        );
        if (entity) {
          const decoded = entity[1] ? codePoint(Number.parseInt(entity[1], 16)) : entity[2] ? codePoint(Number(entity[2])) : ENTITIES[entity[3]];
          if (decoded !== void 0) {
            closeRun(i);
            parts.push(decoded);
            i += entity[0].length;
            runStart = i;
            continue;
          }
        }
        i++;
        continue;
      }
      if (literalAutolinkAllowed(text, i)) {
        const end = literalAutolinkEnd(text, i);
        if (end !== void 0) {
          i = end;
          continue;
        }
      }
      i++;
    }
    flush(n);
    this.processEmphasis(void 0);
    const nodes = [];
    for (let piece = this.head.next; piece; piece = piece.next) {
      if (piece.node) nodes.push(piece.node);
    }
    return mergeTexts(nodes);
  }
  /** Text joins the plain text before it, so failed brackets and the like do not pile up pieces. */
  appendText(value) {
    const tail = this.tail;
    if (tail !== this.head && tail.node?.type === "text" && !tail.delim && !tail.bracket) {
      tail.node = { type: "text", value: tail.node.value + value };
      return;
    }
    this.append({ node: { type: "text", value } });
  }
  append(input) {
    const piece = input;
    piece.seq = ++this.seq;
    piece.prev = this.tail;
    this.tail.next = piece;
    this.tail = piece;
  }
  indexCodeRuns() {
    this.lastCloseBracket = this.text.lastIndexOf("]");
    this.codeRuns = /* @__PURE__ */ new Map();
    this.codeCursor = /* @__PURE__ */ new Map();
    const text = this.text;
    for (let i = text.indexOf("`"); i !== -1; ) {
      let run = 1;
      while (text[i + run] === "`") run++;
      const list = this.codeRuns.get(run) ?? [];
      list.push(i);
      this.codeRuns.set(run, list);
      i = text.indexOf("`", i + run);
    }
  }
  /** Start of the next backtick run of exactly `run` after `from`, in amortised constant time. */
  codeCloser(run, from) {
    const list = this.codeRuns.get(run);
    if (!list) return void 0;
    let cursor = this.codeCursor.get(run) ?? 0;
    while (cursor < list.length && list[cursor] < from) cursor++;
    this.codeCursor.set(run, cursor);
    return list[cursor];
  }
  /** The end of the HTML comment `<!--` opens at i (after its `-->`), or undefined when none closes it. */
  commentEnd(i) {
    const from = i + 4;
    const known = this.commentClose;
    if (from < known.from || known.at !== -1 && known.at < from) {
      known.from = from;
      known.at = this.text.indexOf("-->", from);
    }
    return known.at === -1 ? void 0 : known.at + 3;
  }
  /** `]` at i: a link or image when an open bracket and a destination or reference follow. */
  closeBracket(i) {
    const opener = this.brackets.pop();
    if (!opener?.bracket) return void 0;
    const index = this.brackets.length;
    const active = opener.bracket.image || index >= this.inactiveBelow;
    this.inactiveBelow = Math.min(this.inactiveBelow, index);
    if (!active) return void 0;
    const text = this.text;
    const label = text.slice(opener.bracket.start, i);
    let end;
    let url = "";
    let reference = false;
    if (text[i + 1] === "(") {
      const resource = linkResource(text, i + 2);
      if (resource) {
        end = resource.end;
        url = resource.url;
      }
    }
    if (end === void 0) {
      const ref = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(i + 1, i + 1 + 1002));
      if (ref && (ref[1] ?? "").trim() !== "" && this.definitions.has(normaliseReference(ref[1] ?? ""))) {
        end = i + 1 + ref[0].length;
        reference = true;
      } else if (
        // The limit first: normalising a long label at every `]` made nested brackets quadratic
        // (49,900 `[` and as many `a]`, inside every budget, took 54 s).
        label.length <= 999 && label.trim() !== "" && this.definitions.has(normaliseReference(label))
      ) {
        end = ref && (ref[1] ?? "") === "" ? i + 3 : i + 1;
        reference = true;
      }
    }
    if (end === void 0) return void 0;
    this.processEmphasis(opener);
    const children = [];
    for (let piece = opener.next; piece; piece = piece.next) if (piece.node) children.push(piece.node);
    const merged = mergeTexts(children);
    let node;
    if (opener.bracket.image) {
      const alt = merged.map(textOf).join("");
      node = reference ? { type: "imageReference", identifier: "", label: "", referenceType: "full", alt } : { type: "image", url, title: null, alt };
    } else {
      node = reference ? { type: "linkReference", identifier: "", label: "", referenceType: "full", children: merged } : { type: "link", url, title: null, children: merged };
      this.inactiveBelow = this.brackets.length;
    }
    this.nest(node, merged);
    opener.node = node;
    opener.bracket = void 0;
    opener.next = void 0;
    this.tail = opener;
    return end;
  }
  /**
   * The CommonMark delimiter algorithm over the runs after `bottom` (exclusive), with a floor per
   * kind of closer so each run is looked at a bounded number of times: linear overall.
   */
  processEmphasis(bottom) {
    const start = bottom ?? this.head;
    const floors = /* @__PURE__ */ new Map();
    let closer = start.next;
    while (closer) {
      const d = closer.delim;
      if (!d?.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${d.char}${d.canOpen ? 1 : 0}${d.original % 3}${d.char === "~" ? d.count : ""}`;
      const floor = Math.max(floors.get(key) ?? start.seq, start.seq);
      let opener = closer.prev;
      let found;
      while (opener && opener.seq > floor) {
        const o2 = opener.delim;
        if (o2?.canOpen && o2.char === d.char) {
          if (d.char === "~") {
            if (o2.count === d.count) {
              found = opener;
              break;
            }
          } else {
            const oddMatch = (o2.canClose || d.canOpen) && (o2.original + d.original) % 3 === 0 && (o2.original % 3 !== 0 || d.original % 3 !== 0);
            if (!oddMatch) {
              found = opener;
              break;
            }
          }
        }
        opener = opener.prev;
      }
      if (!found) {
        floors.set(key, (closer.prev ?? start).seq);
        const next = closer.next;
        if (!d.canOpen) closer.delim = void 0;
        closer = next;
        continue;
      }
      const o = found.delim;
      const use = d.char === "~" ? d.count : o.count >= 2 && d.count >= 2 ? 2 : 1;
      const children = [];
      for (let piece = found.next; piece && piece !== closer; piece = piece.next) {
        if (piece.node) children.push(piece.node);
      }
      const merged = mergeTexts(children);
      const node = d.char === "~" ? { type: "delete", children: merged } : use === 2 ? { type: "strong", children: merged } : { type: "emphasis", children: merged };
      this.nest(node, merged);
      const wrapper = { node, prev: found, next: closer, seq: found.seq };
      found.next = wrapper;
      closer.prev = wrapper;
      o.count -= use;
      d.count -= use;
      setRunText(found);
      setRunText(closer);
      if (o.count === 0) unlink(this, found);
      if (d.count === 0) {
        const next = closer.next;
        unlink(this, closer);
        closer = next;
      }
    }
    for (let piece = start.next; piece; piece = piece.next) piece.delim = void 0;
  }
};
function setRunText(piece) {
  const d = piece.delim;
  if (d && piece.node?.type === "text") piece.node = { type: "text", value: d.char.repeat(d.count) };
}
function unlink(parser, piece) {
  const owner = parser;
  if (piece.prev) piece.prev.next = piece.next;
  if (piece.next) piece.next.prev = piece.prev;
  if (owner.tail === piece && piece.prev) owner.tail = piece.prev;
  piece.delim = void 0;
}
function mergeTexts(nodes) {
  const out = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === "text" && last?.type === "text") {
      out[out.length - 1] = { type: "text", value: last.value + node.value };
    } else if (node.type !== "text" || node.value !== "") out.push(node);
  }
  return out;
}
function textOf(node) {
  if ("value" in node) return node.value;
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  if ("children" in node) return node.children.map(textOf).join("");
  return "";
}
function skipSpaces(text, i) {
  while (text[i] === " " || text[i] === "	") i++;
  return i;
}
function codePoint(value) {
  if (value === 0 || value > 1114111 || value >= 55296 && value <= 57343) return "\uFFFD";
  return String.fromCodePoint(value);
}
function linkResource(text, from) {
  let i = skipWhitespace(text, from);
  let url = "";
  if (text[i] === "<") {
    const close = text.indexOf(">", i + 1);
    if (close === -1 || close - i > MAX_DESTINATION) return void 0;
    const inside = text.slice(i + 1, close);
    if (/[\n<]/.test(inside.replace(/\\[<>]/g, ""))) return void 0;
    url = inside;
    i = close + 1;
  } else {
    let depth = 0;
    const start = i;
    while (i < text.length && i - start <= MAX_DESTINATION) {
      const c = text[i];
      const code = c.charCodeAt(0);
      if (code <= 32 || code === 127) break;
      if (c === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
        i += 2;
        continue;
      }
      if (c === "(") {
        depth++;
        if (depth > 32) return void 0;
      } else if (c === ")") {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (i - start > MAX_DESTINATION || depth !== 0) return void 0;
    url = text.slice(start, i);
  }
  const afterDestination = i;
  i = skipWhitespace(text, i);
  if (i > afterDestination && (text[i] === '"' || text[i] === "'" || text[i] === "(")) {
    const closeChar = text[i] === "(" ? ")" : text[i];
    let j = i + 1;
    while (j < text.length && text[j] !== closeChar && j - i <= MAX_DESTINATION) {
      if (text[j] === "\\") j++;
      else if (closeChar === ")" && text[j] === "(") return void 0;
      j++;
    }
    if (text[j] !== closeChar) return void 0;
    i = skipWhitespace(text, j + 1);
  }
  if (text[i] !== ")") return void 0;
  return { end: i + 1, url: decodeDestination(url) };
}
function skipWhitespace(text, i) {
  let lineEndings = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      lineEndings++;
      if (lineEndings > 1) break;
    } else if (c !== " " && c !== "	") break;
    i++;
  }
  return i;
}
function decodeDestination(url) {
  return url.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(
    /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, hex, dec, name) => {
      if (hex) return codePoint(Number.parseInt(hex, 16));
      if (dec) return codePoint(Number(dec));
      return ENTITIES[name] ?? whole;
    }
  );
}
function inlineHtml(text, i) {
  const window = text.slice(i, i + 4096);
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const match = TAG_OPEN.exec(window) ?? TAG_CLOSE.exec(window);
  return match ? i + match[0].length : void 0;
}
function literalAutolinkAllowed(text, i) {
  if (i === 0) return true;
  const before = text[i - 1];
  return /[\s(*_~]/.test(before);
}
function literalAutolinkEnd(text, i) {
  const first = text.charCodeAt(i) | 32;
  const second = text.charCodeAt(i + 1) | 32;
  if (first === 104 ? second !== 116 : second !== 119) return void 0;
  const head = text.slice(i, i + 8).toLowerCase();
  let j;
  if (head.startsWith("www.")) j = i + 4;
  else if (head.startsWith("http://")) j = i + 7;
  else if (head.startsWith("https://")) j = i + 8;
  else return void 0;
  const domainStart = j;
  while (j < text.length && /[\p{L}\p{N}_.-]/u.test(text[j])) j++;
  if (j === domainStart) return void 0;
  while (j < text.length && !/[\s<]/.test(text[j])) j++;
  let open = 0;
  let close = 0;
  for (let k = i; k < j; k++) {
    if (text[k] === "(") open++;
    else if (text[k] === ")") close++;
  }
  let end = j;
  for (; ; ) {
    const last = text[end - 1];
    if (/[?!.,:*_~'"]/.test(last)) end--;
    else if (last === ")" && close > open) {
      end--;
      close--;
    } else break;
    if (end <= domainStart) return void 0;
  }
  return end;
}

export {
  emptySection,
  documentFacts,
  openBlockers,
  openNextSteps,
  hoursIn,
  saysNothing,
  saysNoBlockers,
  MAX_NESTING,
  summarizeHandoff,
  scanHandoff,
  scanHandoffInFull,
  countLines,
  MAX_LINES,
  MAX_MARKUP,
  MAX_BLOCK_MARKERS,
  assertReadableHandoff,
  assertReadableLineByLine,
  scanMarkdown
};
