#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  canonicalLabel
} from "./chunk-LDRPVFWU.js";
import {
  ELEMENT_NAMES
} from "./chunk-AV3RITBJ.js";

// src/core/document/render.ts
var MARK_PREFIX = {
  done: "[x] ",
  open: "[ ] ",
  working: "\u2705 ",
  broken: "\u274C "
};
function renderHandoff(doc) {
  const blocks = [];
  if (doc.title !== void 0) blocks.push(`# ${escapeHeading(doc.title)}`);
  if (doc.header.length > 0) {
    blocks.push(
      doc.header.map((f) => `**${escapeMarkdownText(f.label)}**: ${escapeInlineText(f.value)}`).join("\n")
    );
  }
  for (const text of doc.intro ?? []) blocks.push(escapeMarkdownText(text));
  for (const name of ELEMENT_NAMES) {
    const section = doc.elements[name];
    if (section) blocks.push(...sectionBlocks(section, name));
  }
  if (doc.filesModified) blocks.push(...sectionBlocks(doc.filesModified, "filesModified"));
  if (doc.commits) blocks.push(...sectionBlocks(doc.commits, "commits"));
  for (const section of doc.otherSections) blocks.push(...sectionBlocks(section));
  return `${blocks.join("\n\n")}
`;
}
function sectionBlocks(section, kind) {
  const label = section.label.trim() === "" && kind ? canonicalLabel(kind) : section.label;
  const blocks = [`## ${escapeHeading(label)}`];
  if (section.fields.length > 0) {
    blocks.push(
      section.fields.map((f) => `**${escapeMarkdownText(f.label)}:** ${escapeInlineText(f.value)}`).join("\n")
    );
  }
  blocks.push(...contentBlocks(section));
  for (const subsection of section.subsections) {
    blocks.push(`### ${escapeHeading(subsection.label)}`, ...contentBlocks(subsection));
  }
  return blocks;
}
function contentBlocks(part) {
  const blocks = part.paragraphs.map(escapeMarkdownText);
  if (part.items.length > 0) blocks.push(part.items.map(renderItem).join("\n"));
  return blocks;
}
function renderItem(item) {
  const prefix = item.mark ? MARK_PREFIX[item.mark] : "";
  const head = `- ${prefix}${escapeMarkdownText(item.text)}`.trimEnd();
  const details = item.details.map((detail) => `  - ${escapeMarkdownText(detail)}`);
  return [head, ...details].join("\n");
}
function escapeHeading(text) {
  return escapeText(text, true);
}
function escapeMarkdownText(text) {
  return escapeText(text, false);
}
function escapeInlineText(text) {
  return escapeText(text, false, false);
}
function escapeText(text, inHeading, atLineStart = true) {
  let out = "";
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (inHeading && ch === "#" || needsEscape(ch, before, after, chars, i)) out += `\\${ch}`;
    else out += ch;
  }
  const escaped = escapeAutolinks(out);
  return atLineStart ? escapeLineStart(escaped) : escaped;
}
var ALWAYS = /* @__PURE__ */ new Set(["\\", "`", "*", "[", "]", "|", "~"]);
var WORD = /[\p{L}\p{N}]/u;
function needsEscape(ch, before, after, chars, i) {
  if (ALWAYS.has(ch)) return true;
  switch (ch) {
    case "_":
      return !(before !== void 0 && after !== void 0 && WORD.test(before) && WORD.test(after));
    case "<":
      return after !== void 0 && /[A-Za-z/!?]/.test(after);
    case "&":
      return /^&#?[A-Za-z0-9]+;/.test(chars.slice(i, i + 34).join(""));
    default:
      return false;
  }
}
function escapeAutolinks(text) {
  return text.replace(/\b(https?|ftp):\/\//gi, (_m, scheme) => `${scheme}\\://`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`).replace(/([A-Za-z0-9._+-])@/g, "$1\\@");
}
function escapeLineStart(text) {
  const ordered = text.match(/^(\d{1,9})([.)])/);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  if (/^[#>+=-]/.test(text)) return `\\${text}`;
  return text;
}

export {
  renderHandoff,
  escapeMarkdownText
};
