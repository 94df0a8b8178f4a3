// The tests must run on the runtime the action declares (`runs.using: node24` in action.yml),
// which `npm ci` installs from the npm registry as the `node` devDependency. If npm ever stops
// running that package's install script, npm would fall back to the machine's own Node: say so
// loudly instead of testing on another runtime.
import { readFileSync } from 'node:fs';

export default function requireDeclaredNode() {
  const declared = /^\s*using:\s*'?node(\d+)'?/m.exec(readFileSync('action.yml', 'utf8'))?.[1];
  const running = process.versions.node.split('.')[0];
  if (declared !== running) {
    throw new Error(
      `The tests run on Node ${process.versions.node}, but the action declares node${declared}. ` +
        'Run them through npm (`npm test`), which puts the Node of `npm ci` first on PATH; if that Node is ' +
        "missing, npm did not run the `node` package's install script (see the README on `allowScripts`).",
    );
  }
}
