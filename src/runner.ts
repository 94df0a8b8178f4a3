// The runner's side of the conversation: inputs from INPUT_* variables, workflow commands on
// stdout (annotations, groups, masks) and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
//
// These few functions behave as @actions/core's do (a conformance test compares the two), but
// importing @actions/core also loads its HTTP client (undici) for getIDToken, which triples the
// start-up time of a validate-only run (bench/startup.ts). So the action speaks the protocol
// through this module, and loads @actions/core only for the OIDC token, on the AWS path.
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

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  command('debug', {}, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  command('warning', annotation(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  command('error', annotation(properties), message);
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
  command('group', {}, name);
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
    title: properties.title,
    file: properties.file,
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
