// The `field-mapping` input: which profile field each column of a plain profile CSV fills, as a
// YAML or JSON map (JSON is YAML too, so one parser reads both):
//
//   email: EmailAddress
//   customer_no: AccountNumber
//   tier: Attributes.tier
//   internal_note: null        # a column left out of the converted file
//
// The text comes from the workflow, not from the data file, so messages may quote it.

import { parseDocument } from 'yaml';
import { ActionError } from '../errors.ts';
import { suggest } from '../validation/index.ts';
import { ATTRIBUTES_PREFIX, STANDARD_FIELDS, isValidColumnName, profileField } from './profile-fields.ts';

/** Column → canonical profile field (`EmailAddress`, `Attributes.tier`), or null to leave it out. */
export type FieldMapping = ReadonlyMap<string, string | null>;

const FIX =
  'write field-mapping as one `column: ProfileField` per line (or a JSON object), e.g. `email: EmailAddress`, `tier: Attributes.tier`; see docs/customer-profiles.md for the fields.';

/** Parses the `field-mapping` input. Throws an ActionError that says what is wrong. */
export function parseFieldMapping(text: string): FieldMapping {
  const document = parseDocument(text, { uniqueKeys: true });
  const error = document.errors[0];
  if (error !== undefined) {
    // The parser's first line says what and where ("Map keys must be unique at line 3, column 1").
    throw new ActionError(`field-mapping is not valid YAML or JSON: ${firstLine(error.message)}.`, FIX);
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return new Map();
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ActionError(
      `field-mapping must be a map of column to profile field, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}.`,
      FIX,
    );
  }
  const mapping = new Map<string, string | null>();
  const targets = new Map<string, string>();
  for (const [column, target] of Object.entries(value as Record<string, unknown>)) {
    if (!isValidColumnName(column)) {
      throw new ActionError(
        `field-mapping names the column ${JSON.stringify(column)}, which Customer Profiles cannot take: a column name has 1 to 64 letters, digits, \`_\`, \`.\` or \`-\`.`,
        'rename the column in the file (and in field-mapping) to such a name.',
      );
    }
    if (target === null) {
      mapping.set(column, null);
      continue;
    }
    if (typeof target !== 'string') {
      throw new ActionError(
        `field-mapping maps ${column} to ${JSON.stringify(target)}: a profile field is a name such as EmailAddress or Attributes.${column}.`,
        FIX,
      );
    }
    const field = profileField(target.trim());
    if (field === undefined) {
      const near = suggest(target.trim(), STANDARD_FIELDS.keys());
      throw new ActionError(
        `field-mapping maps ${column} to ${JSON.stringify(target)}, which is not a profile field.${near ? ` Did you mean ${near}?` : ''} A column fills a standard field (EmailAddress, PhoneNumber, FirstName, AccountNumber, Address.City, ...) or a custom one, ${ATTRIBUTES_PREFIX}<name>.`,
        FIX,
      );
    }
    const other = targets.get(field);
    if (other !== undefined) {
      throw new ActionError(
        `field-mapping maps both ${other} and ${column} to ${field}: a profile field takes one column.`,
        'map one of the two columns to another field, or leave it out with `column: null`.',
      );
    }
    targets.set(field, column);
    mapping.set(column, field);
  }
  return mapping;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/[:.]$/, '');
}
