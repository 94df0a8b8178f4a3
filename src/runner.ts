// The runner's side of the conversation: inputs from INPUT_* variables, workflow commands on
// stdout (annotations, groups, masks) and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
//
// These few functions behave as @actions/core's do (a conformance test compares the two), but
// importing @actions/core also loads its HTTP client (undici) for getIDToken, which triples the
// start-up time of a validate-only run (bench/startup.ts). So the action speaks the protocol
// through this module, and loads @actions/core only for the OIDC token, on the AWS path.
//
// It is also the one place where text reaches stdout, so the one place that keeps any value (from
// the file, an input, the environment or an AWS answer) from becoming a runner command: see
// `neutraliseLine` and SECURITY.md.
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { randomUUID } from 'node:crypto';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setOutput(name: string, value: string | number): void {
  const file = process.env.GITHUB_OUTPUT;
  const text = String(value);
  if (!file) {
    // Outside a runner (or an old one): the deprecated stdout command still carries the value.
    command('set-output', { name }, text);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Prints text as it is, one log line per line of it; no line of it can be a runner command. */
export function info(message: string): void {
  process.stdout.write(message.split(LINE_BREAK).map(neutraliseLine).join(EOL) + EOL);
}

export function debug(message: string): void {
  command('debug', {}, shown(message));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  command('warning', annotation(properties), shown(message));
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  command('notice', annotation(properties), shown(message));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  command('error', annotation(properties), shown(message));
}

/** Masks the value in every later line of the log. */
export function setSecret(secret: string): void {
  command('add-mask', {}, secret);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  command('group', {}, shown(name));
}

export function endGroup(): void {
  command('endgroup', {}, '');
}

/** Appends Markdown to the step's job summary, when the runner gave one. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}

function annotation(properties: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: properties.title === undefined ? undefined : shown(properties.title),
    file: properties.file === undefined ? undefined : shown(properties.file),
    line: properties.startLine,
    col: properties.startColumn,
  };
}

function command(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  process.stdout.write(`::${name}${pairs.length ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// The runner (actions/runner, ActionCommand.cs) reads stdout and stderr line by line, a line ending at `\n`,
// `\r` or `\r\n`, and takes a line as a command in two cases:
// - TryParseV2: after leading whitespace, the line starts with `::`;
// - TryParse, the legacy form: the line holds `##[` anywhere.
// It matches both with culture-sensitive comparisons, which skip characters of no weight (soft
// hyphen, zero-width and other format characters, control characters); so are they here. A
// backslash before the command's opening character leaves the text readable and no command.
const INVISIBLE = String.raw`\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
const LINE_BREAK = /\r\n|\r|\n/;
// One character class each, so that no character can be matched two ways (no backtracking blow-up).
const COMMAND_AT_START = new RegExp(String.raw`^([\s${INVISIBLE}]*):([${INVISIBLE}]*):`, 'u');
const LEGACY_COMMAND = new RegExp(String.raw`#([${INVISIBLE}]*)#([${INVISIBLE}]*)\[`, 'gu');

/** One line of plain output, which the runner will not take for a command. */
function neutraliseLine(line: string): string {
  return shown(line).replace(COMMAND_AT_START, '$1\\:$2:');
}

/**
 * Text inside one of the action's own commands (a message, a title): the command itself is
 * parsed first, but the legacy form is broken there too, so the line holds no other command
 * whatever the runner's version does. Never for `add-mask` or `set-output` data, which must stay
 * exactly as given.
 */
function shown(text: string): string {
  return text.replace(LEGACY_COMMAND, '#$1#$2\\[');
}
