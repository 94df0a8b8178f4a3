// Phone-number check benchmark. Prints figures, asserts nothing.
//
// Per number, on numbers like a real SMS list (each country's example number with its last
// digits varied, a third of them North American): the E.164 syntax check alone; the check the
// validator makes (syntax, then the fast path of phone-numbers.ts, the library only for what
// that cannot settle); and libphonenumber-js alone (parse and isValid) with its `min` and `max`
// metadata, side by side in one process, the median of several rounds.
//
//   npm run bench:phone -- [--numbers 200000] [--rounds 5]

import * as libraryMax from 'libphonenumber-js/max';
import * as libraryMin from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import type { CountryCode } from 'libphonenumber-js/max';
import { impossiblePhone, PHONE_VALID, quickVerdict } from '../src/validation/rules/phone-numbers.ts';
import { isE164 } from '../src/validation/rules/value-rules.ts';
import { seededRandom } from './seeded-random.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const count = Number(option('--numbers') ?? 200_000);
const rounds = Number(option('--rounds') ?? 5);

const next = seededRandom(17);
const countries = Object.keys(examples) as CountryCode[];
const numbers: string[] = [];
for (let i = 0; i < count; i++) {
  const country = i % 3 === 0 ? 'US' : countries[Math.floor(next() * countries.length)];
  const national = examples[country];
  const tail = String(Math.floor(next() * 1000)).padStart(3, '0');
  numbers.push(`+${libraryMax.getCountryCallingCode(country)}${national.slice(0, -3)}${tail}`);
}

const checks: [name: string, check: (n: string) => boolean][] = [
  ['E.164 syntax only', (n) => isE164(n)],
  // As EndpointRules checks a number: the library only for what the quick verdict leaves open.
  [
    'validator (syntax, quick verdict, library)',
    (n) => {
      if (!isE164(n)) return false;
      return quickVerdict(n) === PHONE_VALID || impossiblePhone(n) === undefined;
    },
  ],
  [
    'libphonenumber-js min: parse + isValid',
    (n) => libraryMin.parsePhoneNumberFromString(n)?.isValid() === true,
  ],
  [
    'libphonenumber-js max: parse + isValid',
    (n) => libraryMax.parsePhoneNumberFromString(n)?.isValid() === true,
  ],
];

// Each check's rounds in a row, so that one check's garbage is not collected in another's time.
const times = new Map<string, number[]>(checks.map(([name]) => [name, []]));
const passed = new Map<string, number>();
for (const [name, check] of checks) {
  for (let round = 0; round < rounds; round++) {
    let ok = 0;
    const start = performance.now();
    for (const n of numbers) if (check(n)) ok++;
    times.get(name)!.push(((performance.now() - start) * 1000) / numbers.length);
    passed.set(name, ok);
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];
const base = median(times.get(checks[0][0])!);
console.log(`${numbers.length} numbers, median of ${rounds} rounds (µs per number; × the syntax check)`);
for (const [name] of checks) {
  const m = median(times.get(name)!);
  console.log(
    `  ${name.padEnd(44)} ${m.toFixed(3).padStart(8)} µs  ×${(m / base).toFixed(1).padStart(6)}  valid ${passed.get(name)}`,
  );
}
