// The addresses a CSV fixture holds (its Address column), for the tests that prove none is
// ever printed in the clear.
export function addressesIn(csv: string): string[] {
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const column = splitCsvLine(header).indexOf('Address');
  if (column < 0) return [];
  return rows.map((row) => splitCsvLine(row)[column] ?? '').filter((address) => address.length >= 6);
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}
