// Reads, from the source text alone, the messages the action can fail or warn with, so a test can
// check that docs/troubleshooting.md names each one. A message is a string or template literal;
// what a reader can look for is its fixed text, so each message becomes the list of fixed
// fragments of its first sentence, in order, with the interpolations (`${...}`) left out.

export interface Message {
  file: string;
  line: number;
  /** The message's literal as written (for failure reports). */
  source: string;
  /** Fixed fragments of its first sentence that holds fixed words, in order. */
  fragments: string[];
}

/** Where a message starts: each pattern ends where the message argument begins. */
const CALLS: { pattern: RegExp; passesOn?: boolean }[] = [
  { pattern: /\bnew ActionError\(/g },
  { pattern: /\bnew (?:WaitTimeoutError|WaitAbortedError)\(/g },
  // diagnose/format.ts: fail(shape, what, fix, error) builds `new ActionError(`${what}\n…`)`.
  { pattern: /\bfail\(\s*shape,/g },
  // diagnose/failed-job.ts: failedBecause(what, fix), a cause that a FAILED job's message names after its counts.
  { pattern: /(?<!function )\bfailedBecause\(/g },
  // Warnings the action prints (report.ts); `warning(message, …)` merely passes a message on.
  // Not the validation's `log.warning(rule, …)`: a finding about a row, in docs/validation-rules.md.
  { pattern: /(?<!\blog\.)\bwarning\(/g, passesOn: true },
];

/** A literal at `start`: its end, and its parts (fixed text, or null for an interpolation). */
interface Literal {
  end: number;
  parts: (string | null)[];
}

function readLiteral(text: string, start: number): Literal | undefined {
  const quote = text[start];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  const parts: (string | null)[] = [];
  let fixed = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1];
      fixed += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i += 2;
    } else if (c === quote) {
      parts.push(fixed);
      return { end: i + 1, parts };
    } else if (quote === '`' && c === '$' && text[i + 1] === '{') {
      parts.push(fixed, null);
      fixed = '';
      i = skipInterpolation(text, i + 2);
    } else {
      fixed += c;
      i++;
    }
  }
  return undefined;
}

/** From just inside `${`, the index just past its closing `}` (nested braces and literals skipped). */
function skipInterpolation(text: string, i: number): number {
  let depth = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      const literal = readLiteral(text, i);
      if (!literal) return text.length;
      i = literal.end;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

/** Literals joined by `+` from `start` (a message split over lines), with the index after them. */
function readConcatenation(text: string, start: number): Literal | undefined {
  let first = readLiteral(text, start);
  if (!first) return undefined;
  const parts = [...first.parts];
  for (;;) {
    const plus = /^\s*\+\s*/.exec(text.slice(first.end));
    if (!plus) break;
    const next = readLiteral(text, first.end + plus[0].length);
    if (!next) {
      parts.push(null); // a non-literal operand: an interpolation in effect
      break;
    }
    parts.push(...next.parts);
    first = next;
  }
  return { end: first.end, parts };
}

/** The first sentence of a literal that holds fixed words, as its fixed fragments. */
export function firstSentence(parts: (string | null)[]): string[] {
  const sentences: (string | null)[][] = [[]];
  for (const part of parts) {
    if (part === null) {
      sentences[sentences.length - 1].push(null);
      continue;
    }
    // A sentence ends at a line break, or at a full stop followed by a space.
    const pieces = part.split(/(?<=\.)\s+|\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) sentences.push([]);
      sentences[sentences.length - 1].push(piece);
    });
  }
  for (const sentence of sentences) {
    const fragments = sentence.filter((p): p is string => p !== null && p.trim() !== '').map((p) => p);
    if (fragments.some((f) => /[A-Za-z]{2}/.test(f)))
      return fragments.map((f, i) => (i === 0 ? f.trimStart() : f));
  }
  return [];
}

/** Every message in one source file. An identifier as the message is followed to its `const`. */
export function messagesIn(file: string, text: string): { messages: Message[]; unreadable: string[] } {
  const messages: Message[] = [];
  const unreadable: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const { pattern, passesOn } of CALLS) {
    for (const match of text.matchAll(pattern)) {
      let start = (match.index ?? 0) + match[0].length;
      while (/\s/.test(text[start] ?? '')) start++;
      const at = `${file}:${lineOf(start)}`;
      const literal = readConcatenation(text, start);
      const literals: Literal[] = [];
      if (literal) literals.push(literal);
      else {
        const identifier = /^[A-Za-z_$][\w$]*/.exec(text.slice(start))?.[0];
        if (passesOn) continue;
        const declaration = identifier ? new RegExp(`\\bconst ${identifier}\\s*=`).exec(text) : null;
        if (!declaration) {
          unreadable.push(`${at}: ${text.slice(start, start + 60)}`);
          continue;
        }
        // Every literal of the declaration (a conditional may choose between two messages).
        const end = text.indexOf(';', declaration.index);
        for (let i = declaration.index + declaration[0].length; i < end; i++) {
          const found = readConcatenation(text, i);
          if (found) {
            literals.push(found);
            i = found.end - 1;
          }
        }
      }
      for (const found of literals) {
        messages.push({
          file,
          line: lineOf(start),
          source: text.slice(start, found.end).replace(/\s+/g, ' ').slice(0, 200),
          fragments: firstSentence(found.parts),
        });
      }
    }
  }
  return { messages, unreadable };
}

/** The messages whose fragments appear in order on no single line of the document. */
export function missingFrom(document: string, messages: Message[]): Message[] {
  const lines = document.split('\n');
  const onLine = (line: string, fragments: string[]) => {
    let from = 0;
    for (const fragment of fragments) {
      const at = line.indexOf(fragment, from);
      if (at < 0) return false;
      from = at + fragment.length;
    }
    return true;
  };
  return messages.filter(
    (message) => message.fragments.length > 0 && !lines.some((line) => onLine(line, message.fragments)),
  );
}
