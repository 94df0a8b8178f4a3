// The GitHub runner's own reading of a step's stdout, ported from actions/runner
// (src/Runner.Common/ActionCommand.cs: TryParseV2 and TryParse; src/Runner.Worker/
// ActionCommandManager.cs: TryProcessCommand) so that tests can ask which commands the runner
// would take from what the action printed. A reference written from the runner's source, not
// from src/runner.ts: it must not share that module's idea of what a command is.

/** Every command the runner registers (ActionCommandManager and its extensions), compared ignoring case. */
export const RUNNER_COMMANDS = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
];

export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** `v2` for `::name props::data`, `legacy` for `##[name props]data`. */
  form: 'v2' | 'legacy';
  line: string;
}

export interface ParseOptions {
  /**
   * The runner compares with .NET's culture-sensitive StartsWith and IndexOf, which on ICU skip
   * characters of no collation weight. `true` drops such characters (control, format and default
   * ignorable characters) from each line before parsing: more lenient than the runner, never less.
   */
  skipIgnorable?: boolean;
}

// .NET's char.IsWhiteSpace, which string.TrimStart() removes.
const DOTNET_LEADING_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/;
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** The commands the runner would process from a step's stdout, in order. */
export function runnerCommands(stdout: string, options: ParseOptions = {}): RunnerCommand[] {
  const registered = new Set(RUNNER_COMMANDS);
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  // StreamReader.ReadLine: a line ends at \n, \r or \r\n.
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = options.skipIgnorable ? raw.replace(IGNORABLE, '') : raw;
    const parsed = tryParseV2(line, registered) ?? tryParse(line, registered);
    if (!parsed) continue;
    if (stopToken !== undefined) {
      if (parsed.command.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        commands.push(parsed);
      }
      continue;
    }
    if (parsed.command.toLowerCase() === 'stop-commands') {
      stopToken = parsed.data;
      registered.add(stopToken.toLowerCase());
    }
    commands.push(parsed);
  }
  return commands;
}

function tryParseV2(message: string, registered: Set<string>): RunnerCommand | undefined {
  if (!message) return undefined;
  const trimmed = message.replace(DOTNET_LEADING_WHITESPACE, '');
  if (!trimmed.startsWith('::')) return undefined;
  const endIndex = trimmed.indexOf('::', 2);
  if (endIndex < 0) return undefined;
  const cmdInfo = trimmed.slice(2, endIndex);
  const spaceIndex = cmdInfo.indexOf(' ');
  const command = spaceIndex < 0 ? cmdInfo : cmdInfo.slice(0, spaceIndex);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (spaceIndex > 0) {
    for (const property of splitNonEmpty(cmdInfo.slice(spaceIndex + 1).trim(), ',')) {
      const pair = splitPair(property);
      if (pair) properties[pair[0]] = unescape(pair[1], V2_PROPERTY_ESCAPES);
    }
  }
  const data = unescape(trimmed.slice(endIndex + 2), V2_DATA_ESCAPES);
  return { command, properties, data, form: 'v2', line: message };
}

function tryParse(message: string, registered: Set<string>): RunnerCommand | undefined {
  if (!message) return undefined;
  const prefixIndex = message.indexOf('##[');
  if (prefixIndex < 0) return undefined;
  const rbIndex = message.indexOf(']', prefixIndex);
  if (rbIndex < 0) return undefined;
  const cmdInfo = message.slice(prefixIndex + 3, rbIndex);
  const spaceIndex = cmdInfo.indexOf(' ');
  const command = spaceIndex < 0 ? cmdInfo : cmdInfo.slice(0, spaceIndex);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (spaceIndex > 0) {
    for (const property of splitNonEmpty(cmdInfo.slice(spaceIndex + 1), ';')) {
      const pair = splitPair(property);
      if (pair) properties[pair[0]] = unescape(pair[1], LEGACY_ESCAPES);
    }
  }
  const data = unescape(message.slice(rbIndex + 1), LEGACY_ESCAPES);
  return { command, properties, data, form: 'legacy', line: message };
}

/** string.Split(separator, StringSplitOptions.RemoveEmptyEntries) */
function splitNonEmpty(text: string, separator: string): string[] {
  return text.split(separator).filter((part) => part !== '');
}

/** string.Split('=', count: 2, RemoveEmptyEntries), kept only when it gives two parts. */
function splitPair(text: string): [string, string] | undefined {
  const start = text.search(/[^=]/);
  if (start < 0) return undefined;
  const rest = text.slice(start);
  const at = rest.indexOf('=');
  if (at < 0) return undefined;
  const value = rest.slice(at + 1).replace(/^=+/, '');
  return value === '' ? undefined : [rest.slice(0, at), value];
}

type Escapes = [token: string, replacement: string][];
const LEGACY_ESCAPES: Escapes = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];
const V2_DATA_ESCAPES: Escapes = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const V2_PROPERTY_ESCAPES: Escapes = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];

function unescape(text: string, escapes: Escapes): string {
  let result = text;
  for (const [token, replacement] of escapes) result = result.replaceAll(replacement, token);
  return result;
}
