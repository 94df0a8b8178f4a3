// Walks the Customer Profiles stand-in's raw answers against the service model as the installed
// @aws-sdk/client-customer-profiles carries it: each operation is called at the model's HTTP method
// and URI, and each JSON answer must hold the output shape's required members, no undeclared ones,
// values of the declared types, and enum values from the model's enums. When the SDK is updated and
// the model moves, this test fails until the stand-in follows.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { startStandin, type Standin } from '../../standin/index.ts';
import { ADDRESS_MEMBERS, PROFILE_ADDRESS_FIELDS, PROFILE_STRING_FIELDS } from '../../standin/upload-file.ts';
import { DOMAIN, PROFILES_ROLE, REGION, webIdentityCredentials, type Credentials } from './helpers.ts';

const require = createRequire(import.meta.url);
const sdkEntry = require.resolve('@aws-sdk/client-customer-profiles');
const schemas = require(join(dirname(sdkEntry), 'schemas', 'schemas_0.js')) as Record<string, unknown>;
const sdk = require('@aws-sdk/client-customer-profiles') as Record<string, unknown>;

type Schema = unknown;
type StructSchema = [number, string, string, unknown, string[], Schema[], number?];

// Smithy's schema codes, as @smithy/core/schema writes them.
const STRING = 0;
const NUMERIC = 1;
const BOOLEAN = 2;
const TIMESTAMPS = new Set([4, 5, 6, 7]);
const DOCUMENT = 15;
const LIST_MODIFIER = 64;
const MAP_MODIFIER = 128;

/** `export interface X { Member?: Type | undefined; ... }` in the SDK's declarations → member → enum name. */
function enumMembers(): Map<string, Map<string, string>> {
  const typesDir = join(dirname(sdkEntry), '..', 'dist-types', 'models');
  const enums = new Set(
    [...readFileSync(join(typesDir, 'enums.d.ts'), 'utf8').matchAll(/^export type (\w+) =/gm)].map(
      (m) => m[1],
    ),
  );
  const byShape = new Map<string, Map<string, string>>();
  for (const file of ['models_0.d.ts', 'models_1.d.ts']) {
    const text = readFileSync(join(typesDir, file), 'utf8');
    for (const block of text.matchAll(/^export interface (\w+) \{([\s\S]*?)^\}/gm)) {
      const members = new Map<string, string>();
      for (const member of block[2].matchAll(/^\s+(\w+)\??: \(?(\w+)\)?(?:\[\])? ?(?:\| undefined)?;$/gm)) {
        if (enums.has(member[2])) members.set(member[1], member[2]);
      }
      byShape.set(block[1], members);
    }
  }
  return byShape;
}

const ENUM_MEMBERS = enumMembers();

function resolve(schema: Schema): Schema {
  return typeof schema === 'function' ? resolve((schema as () => Schema)()) : schema;
}

/** A member entry is either a schema or `[schema, memberTraits]`. */
function memberSchema(entry: Schema): Schema {
  if (Array.isArray(entry) && entry.length === 2 && typeof entry[1] !== 'string') return resolve(entry[0]);
  return resolve(entry);
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

function checkSimple(code: number, value: unknown, path: string, problems: string[]): void {
  if (code === STRING && typeof value !== 'string')
    problems.push(`${path}: a string, not ${typeName(value)}`);
  if (code === NUMERIC && typeof value !== 'number')
    problems.push(`${path}: a number, not ${typeName(value)}`);
  if (code === BOOLEAN && typeof value !== 'boolean')
    problems.push(`${path}: a boolean, not ${typeName(value)}`);
  // rest-json timestamps default to epoch seconds.
  if (TIMESTAMPS.has(code) && typeof value !== 'number')
    problems.push(`${path}: epoch seconds, not ${typeName(value)}`);
}

function checkEnum(enumName: string | undefined, value: unknown, path: string, problems: string[]): void {
  if (!enumName) return;
  const allowed = Object.values(sdk[enumName] as Record<string, string>);
  for (const item of Array.isArray(value) ? value : [value]) {
    if (!allowed.includes(item as string))
      problems.push(`${path}: ${String(item)} is not a ${enumName} (${allowed.join(', ')})`);
  }
}

/** Every way `value` departs from `schema`, as readable lines. */
function walk(schemaIn: Schema, value: unknown, path: string, problems: string[], enumName?: string): void {
  const schema = resolve(schemaIn);
  if (typeof schema === 'number') {
    if (schema === DOCUMENT) return;
    if (schema & MAP_MODIFIER) {
      if (typeName(value) !== 'object') return void problems.push(`${path}: a map, not ${typeName(value)}`);
      for (const [key, item] of Object.entries(value as object))
        walk(schema & ~MAP_MODIFIER, item, `${path}.${key}`, problems);
      return;
    }
    if (schema & LIST_MODIFIER) {
      if (!Array.isArray(value)) return void problems.push(`${path}: a list, not ${typeName(value)}`);
      value.forEach((item, i) => walk(schema & ~LIST_MODIFIER, item, `${path}[${i}]`, problems));
      checkEnum(enumName, value, path, problems);
      return;
    }
    checkSimple(schema, value, path, problems);
    checkEnum(enumName, value, path, problems);
    return;
  }
  const [kind, , name] = schema as [number, string, string];
  const array = schema as unknown[];
  switch (kind) {
    case 0: // a named simple shape: [0, ns, name, traits, type]
      return walk(array[4], value, path, problems, enumName);
    case 1: // list: [1, ns, name, traits, member]
      if (!Array.isArray(value))
        return void problems.push(`${path}: a list (${name}), not ${typeName(value)}`);
      value.forEach((item, i) => walk(memberSchema(array[4]), item, `${path}[${i}]`, problems, enumName));
      return;
    case 2: // map: [2, ns, name, traits, key, value]
      if (typeName(value) !== 'object')
        return void problems.push(`${path}: a map (${name}), not ${typeName(value)}`);
      for (const [key, item] of Object.entries(value as object))
        walk(memberSchema(array[5]), item, `${path}.${key}`, problems);
      return;
    case 3: // structure
    case 4: // union
    case -3: {
      // error structure
      const [, , , , names, members, required = 0] = schema as StructSchema;
      if (typeName(value) !== 'object')
        return void problems.push(`${path}: a ${name}, not ${typeName(value)}`);
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        if (!names.includes(key)) problems.push(`${path}.${key}: not a member of ${name}`);
      }
      names.slice(0, required).forEach((member) => {
        if (object[member] === undefined) problems.push(`${path}.${member}: required by ${name}, missing`);
      });
      if (kind === 4 && Object.keys(object).length !== 1)
        problems.push(`${path}: a ${name} union sets exactly one member`);
      names.forEach((member, i) => {
        if (object[member] === undefined) return;
        walk(
          memberSchema(members[i]),
          object[member],
          `${path}.${member}`,
          problems,
          ENUM_MEMBERS.get(name)?.get(member),
        );
      });
      return;
    }
    default:
      problems.push(`${path}: schema kind ${kind} (${name}) is not handled by this test`);
  }
}

function operation(name: string): { method: string; uri: string; output: Schema } {
  const op = schemas[`${name}$`] as [
    number,
    string,
    string,
    Record<string, [string, string, number]>,
    () => Schema,
    () => Schema,
  ];
  const [method, uri] = op[3].http;
  return { method, uri, output: op[5] };
}

let standin: Standin;
let credentials: Credentials;
const answers: { operation: string; status: number; errorType: string | null; body: unknown }[] = [];

/** Calls the stand-in at the model's method and URI, signed for `profile`, and keeps the raw answer. */
async function call(
  name: string,
  labels: Record<string, string>,
  body?: object,
  query: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const { method, uri } = operation(name);
  const path = uri.replace(/\{(\w+)\}/g, (_, label: string) => encodeURIComponent(labels[label]));
  const endpoint = new URL(standin.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const signer = new SignatureV4({ credentials, region: REGION, service: 'profile', sha256: Sha256 });
  const signed = await signer.sign({
    method,
    protocol: 'http:',
    hostname: endpoint.hostname,
    port: Number(endpoint.port),
    path,
    query,
    headers: { host: endpoint.host, ...(payload ? { 'content-type': 'application/json' } : {}) },
    body: payload,
  });
  const search = new URLSearchParams(query).toString();
  const response = await fetch(`${endpoint.origin}${path}${search ? `?${search}` : ''}`, {
    method,
    headers: signed.headers as Record<string, string>,
    body: payload,
  });
  const parsed = (await response.json()) as Record<string, unknown>;
  answers.push({
    operation: name,
    status: response.status,
    errorType: response.headers.get('x-amzn-errortype'),
    body: parsed,
  });
  return parsed;
}

async function uploadAndRun(csv: string): Promise<string> {
  const { JobId } = (await call(
    'CreateUploadJob',
    { DomainName: DOMAIN },
    {
      DisplayName: 'model.csv',
      Fields: {
        Id: { Source: '_source.Id', Target: '_profile.AccountNumber', ContentType: 'STRING' },
        Email: { Source: '_source.Email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' },
        City: { Source: '_source.City', Target: '_profile.Address.City' },
        List: { Source: '_source.List', Target: '_profile.Attributes.list' },
      },
      UniqueKey: 'Id',
      DataExpiry: 30,
    },
  )) as { JobId: string };
  await call('GetUploadJob', { DomainName: DOMAIN, JobId });
  const { Url, ClientToken } = (await call('GetUploadJobPath', { DomainName: DOMAIN, JobId })) as {
    Url: string;
    ClientToken: string;
  };
  const upload = await fetch(Url, {
    method: 'PUT',
    body: csv,
    headers: {
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key': ClientToken,
      'x-amz-server-side-encryption-customer-key-MD5': createHash('md5')
        .update(Buffer.from(ClientToken, 'base64'))
        .digest('base64'),
    },
  });
  expect(upload.status).toBe(200);
  await call('StartUploadJob', { DomainName: DOMAIN, JobId });
  for (;;) {
    const job = await call('GetUploadJob', { DomainName: DOMAIN, JobId });
    if (job.Status !== 'CREATED' && job.Status !== 'IN_PROGRESS') return JobId;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 10 });
  credentials = await webIdentityCredentials(standin, PROFILES_ROLE);

  const header = 'Id,Email,City,List\n';
  await uploadAndRun(`${header}p-1,a@example.com,Lisbon,newsletter\np-2,b@example.com,,other\n`);
  await uploadAndRun(`${header}p-1,a@example.com,Lisbon,newsletter\n,no-key@example.com,,x\n`);
  await uploadAndRun(`${header},nobody@example.com,,x\n`);
  const { JobId } = (await call(
    'CreateUploadJob',
    { DomainName: DOMAIN },
    {
      DisplayName: 'stopped.csv',
      Fields: { Id: { Source: '_source.Id', Target: '_profile.AccountNumber' } },
      UniqueKey: 'Id',
    },
  )) as { JobId: string };
  await call('StopUploadJob', { DomainName: DOMAIN, JobId });
  await call('GetUploadJob', { DomainName: DOMAIN, JobId });
  await call('ListUploadJobs', { DomainName: DOMAIN }, undefined, { 'max-results': '2' });

  await call(
    'CreateSegmentDefinition',
    { DomainName: DOMAIN, SegmentDefinitionName: 'newsletter' },
    {
      DisplayName: 'Newsletter',
      Description: 'From the newsletter list',
      SegmentGroups: {
        Include: 'ALL',
        Groups: [
          {
            Type: 'ALL',
            Dimensions: [
              {
                ProfileAttributes: {
                  Attributes: { list: { DimensionType: 'INCLUSIVE', Values: ['newsletter'] } },
                },
              },
              {
                ProfileAttributes: {
                  Address: { City: { DimensionType: 'EXCLUSIVE', Values: ['Porto'] } },
                  BirthDate: { DimensionType: 'BEFORE', Values: ['2010-01-01'] },
                  ProfileType: { DimensionType: 'INCLUSIVE', Values: ['PROFILE'] },
                },
              },
            ],
          },
        ],
      },
      SegmentSort: { Attributes: [{ Name: 'LastName', Order: 'ASC', DataType: 'STRING', Type: 'PROFILE' }] },
      Tags: { team: 'audiences' },
    },
  );
  await call(
    'CreateSegmentDefinition',
    { DomainName: DOMAIN, SegmentDefinitionName: 'by-sql' },
    {
      DisplayName: 'By SQL',
      SegmentSqlQuery: "SELECT * FROM profiles WHERE Attributes.list = 'newsletter'",
    },
  );
  await call('GetSegmentDefinition', { DomainName: DOMAIN, SegmentDefinitionName: 'newsletter' });
  await call('GetSegmentDefinition', { DomainName: DOMAIN, SegmentDefinitionName: 'by-sql' });
  await call('ListSegmentDefinitions', { DomainName: DOMAIN });
  await call(
    'GetSegmentMembership',
    { DomainName: DOMAIN, SegmentDefinitionName: 'newsletter' },
    {
      ProfileIds: [...standin.profiles(DOMAIN).map((profile) => profile.ProfileId), '0'.repeat(32)],
    },
  );
  await call('DeleteSegmentDefinition', { DomainName: DOMAIN, SegmentDefinitionName: 'by-sql' });
  // Errors, each of the model's kinds (AccessDenied: the role may use acme-customers only).
  await call('GetSegmentDefinition', { DomainName: DOMAIN, SegmentDefinitionName: 'by-sql' });
  await call('CreateUploadJob', { DomainName: DOMAIN }, { DisplayName: '', Fields: {}, UniqueKey: 'x' });
  await call('GetUploadJob', { DomainName: 'unknown-domain', JobId: 'a'.repeat(32) });
  standin.faults.set({
    customerProfiles: { throttle: 1, serverError: { count: 1, operation: 'ListUploadJobs' } },
  });
  await call('GetUploadJob', { DomainName: DOMAIN, JobId: 'a'.repeat(32) });
  await call('ListUploadJobs', { DomainName: DOMAIN });
});
afterAll(async () => {
  await standin.stop();
});

const OPERATIONS = [
  'CreateUploadJob', 'GetUploadJobPath', 'StartUploadJob', 'GetUploadJob', 'StopUploadJob', 'ListUploadJobs',
  'CreateSegmentDefinition', 'GetSegmentDefinition', 'ListSegmentDefinitions', 'DeleteSegmentDefinition',
  'GetSegmentMembership',
]; // prettier-ignore
const MODEL_ERRORS = [
  'AccessDeniedException',
  'BadRequestException',
  'InternalServerException',
  'ResourceNotFoundException',
  'ThrottlingException',
];

describe('answers against the model in @aws-sdk/client-customer-profiles', () => {
  test.each(OPERATIONS)('%s: every successful answer fits its output shape', (name) => {
    const ok = answers.filter((answer) => answer.operation === name && answer.status === 200);
    expect(ok.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const answer of ok) walk(operation(name).output, answer.body, name, problems);
    expect(problems).toEqual([]);
  });

  test('the answers cover every status, status reason and segment type the stand-in can give', () => {
    const values = (member: string): unknown[] =>
      answers.map((answer) => (answer.body as Record<string, unknown>)[member]);
    expect(values('Status')).toEqual(
      expect.arrayContaining(['CREATED', 'SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED', 'STOPPED']),
    );
    expect(values('StatusReason')).toContain('VALIDATION_FAILURE');
    expect(values('SegmentType')).toEqual(expect.arrayContaining(['CLASSIC', 'ENHANCED']));
  });

  test('every error the service raises is one of the model errors, with its shape', () => {
    const errors = answers.filter((answer) => answer.status !== 200);
    expect(new Set(errors.map((error) => error.errorType))).toEqual(new Set(MODEL_ERRORS));
    const problems: string[] = [];
    for (const error of errors) walk(schemas[`${error.errorType}$`], error.body, error.errorType!, problems);
    expect(problems).toEqual([]);
  });

  test('the walker itself catches a missing required member, a wrong type, an unknown member and a bad enum', () => {
    const problems: string[] = [];
    walk(operation('GetUploadJobPath').output, { ClientToken: 1, Extra: 'x' }, 'probe', problems);
    walk(
      operation('GetUploadJob').output,
      { Status: 'DONE', ResultsSummary: { CreatedRecords: '1' } },
      'probe',
      problems,
    );
    expect(problems).toEqual([
      'probe.Extra: not a member of GetUploadJobPathResponse',
      'probe.Url: required by GetUploadJobPathResponse, missing',
      'probe.ClientToken: a string, not number',
      'probe.Status: DONE is not a UploadJobStatus (CREATED, FAILED, IN_PROGRESS, PARTIALLY_SUCCEEDED, STOPPED, SUCCEEDED)',
      'probe.ResultsSummary.CreatedRecords: a number, not string',
    ]);
  });

  test("the walker reads the enums of the members the stand-in answers from the SDK's declarations", () => {
    const enumOf = (shape: string, member: string): string | undefined =>
      ENUM_MEMBERS.get(shape)?.get(member);
    expect(enumOf('GetUploadJobResponse', 'StatusReason')).toBe('StatusReason');
    expect(enumOf('UploadJobItem', 'Status')).toBe('UploadJobStatus');
    expect(enumOf('ObjectTypeField', 'ContentType')).toBe('FieldContentType');
    expect(enumOf('ProfileDimension', 'DimensionType')).toBe('StringDimensionType');
    expect(enumOf('AttributeDimension', 'DimensionType')).toBe('AttributeDimensionType');
    expect(enumOf('Group', 'Type')).toBe('IncludeOptions');
    expect(enumOf('SegmentGroup', 'Include')).toBe('IncludeOptions');
    expect(enumOf('ProfileTypeDimension', 'Values')).toBe('ProfileType');
    expect(enumOf('ProfileQueryResult', 'QueryResult')).toBe('QueryResult');
    expect(enumOf('GetSegmentDefinitionResponse', 'SegmentType')).toBe('SegmentType');
  });

  test("the upload's profile targets are members of the model's Profile and Address shapes", () => {
    const members = (shape: string): string[] => (schemas[`${shape}$`] as StructSchema)[4];
    expect(members('Profile')).toEqual(
      expect.arrayContaining([...PROFILE_STRING_FIELDS, ...PROFILE_ADDRESS_FIELDS, 'Attributes']),
    );
    expect(new Set(members('Address'))).toEqual(new Set(ADDRESS_MEMBERS));
  });
});
