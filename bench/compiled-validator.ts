// The validator as the action runs it: JavaScript, not the TypeScript sources. Node strips the
// types of a .ts file as it loads it, and the stripper (some 40 MB) and the time it takes would
// be counted in the figures.

import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { validateFile } from '../src/validation/index.ts';

const root = join(import.meta.dirname, '..');

/**
 * Compiles src/validation (and what it imports) and the given extra sources into `out`: this
 * checkout's, or those of another copy of the repository at `from`.
 */
export function compileValidator(out: string, extra: string[] = [], from = root): void {
  const sources = [
    ...readdirSync(join(from, 'src/validation'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(from, 'src/validation', f)),
    join(from, 'src/privacy.ts'),
    ...extra.map((f) => join(from, f)),
  ];
  for (const source of sources) {
    const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2024,
        rewriteRelativeImportExtensions: true,
        verbatimModuleSyntax: true,
      },
    });
    const target = join(out, relative(from, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  // The validator imports packages (libphonenumber-js): found through the project's node_modules.
  if (!existsSync(join(out, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'), 'dir');
}

/** Compiles the validator into `out` and imports it. */
export async function importCompiledValidator(out: string): Promise<{ validateFile: typeof validateFile }> {
  compileValidator(out);
  return (await import(pathToFileURL(join(out, 'src/validation/index.js')).href)) as {
    validateFile: typeof validateFile;
  };
}
