import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  CreateSegmentDefinitionCommand,
  CustomerProfilesClient,
  DeleteSegmentDefinitionCommand,
  GetSegmentDefinitionCommand,
} from '@aws-sdk/client-customer-profiles';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../src/errors.ts';
import {
  ensureSegmentDefinition,
  segmentGroupsFor,
  selectedToken,
  type SegmentDefinitionInput,
} from '../../src/profiles/segment-definition.ts';
import { listMarker } from '../../src/profiles/list-marker.ts';
import { awsError, FakeClock } from './helpers.ts';

const profilesMock = mockClient(CustomerProfilesClient);
const profiles = new CustomerProfilesClient({ region: 'us-east-1' });
const SHA_V1 = 'a1b2c3d4e5f60718'.padEnd(64, '0');
const SHA_V2 = '9f8e7d6c5b4a3210'.padEnd(64, '1');
const ARN = 'arn:aws:profile:us-east-1:111111111111:domains/acme-customers/segment-definitions/newsletter';

let logs: string[];
let clock: FakeClock;
const deps = () => ({ log: (line: string) => logs.push(line), sleep: clock.sleep });
const input = (sha256: string, overrides: Partial<SegmentDefinitionInput> = {}): SegmentDefinitionInput => ({
  domainName: 'acme-customers',
  segmentName: 'newsletter',
  marker: listMarker('newsletter', sha256),
  source: 'octo-org/audiences audiences/newsletter.csv',
  region: 'us-east-1',
  ...overrides,
});
const existing = (sha256: string) => ({
  SegmentDefinitionName: 'newsletter',
  DisplayName: 'newsletter',
  SegmentDefinitionArn: ARN,
  SegmentGroups: segmentGroupsFor(listMarker('newsletter', sha256)),
});
const notFound = () => awsError('ResourceNotFoundException', 404, 'Segment definition not found');

beforeEach(() => {
  profilesMock.reset();
  logs = [];
  clock = new FakeClock();
});

describe('listMarker', () => {
  test('the column comes from the segment name, the value from the first 16 hex digits of the SHA-256', () => {
    expect(listMarker('newsletter', SHA_V1)).toEqual({
      column: 'list_newsletter',
      value: 'a1b2c3d4e5f60718',
    });
    expect(listMarker('news-letter_2', SHA_V1.toUpperCase()).value).toBe('a1b2c3d4e5f60718');
  });

  test('every column is a valid CSV column, Fields key and dimension attribute, distinct per name', () => {
    const names = [
      'newsletter',
      'a'.repeat(64),
      'a'.repeat(63) + 'b',
      'x.y',
      'x_y',
      'Ünïcode',
      '0starts-with-digit',
    ];
    const columns = names.map((name) => listMarker(name, SHA_V1).column);
    for (const column of columns) {
      expect(column).toMatch(/^[a-zA-Z0-9_.-]{1,64}$/);
      expect(column).toMatch(/^[a-zA-Z_][a-zA-Z_0-9-]*$/);
    }
    expect(new Set(columns).size).toBe(names.length);
  });

  test('segmentGroupsFor selects the attribute equal to the token, and selectedToken reads it back', () => {
    const marker = listMarker('newsletter', SHA_V1);
    expect(segmentGroupsFor(marker)).toEqual({
      Include: 'ALL',
      Groups: [
        {
          Type: 'ALL',
          Dimensions: [
            {
              ProfileAttributes: {
                Attributes: { list_newsletter: { DimensionType: 'INCLUSIVE', Values: ['a1b2c3d4e5f60718'] } },
              },
            },
          ],
        },
      ],
    });
    expect(selectedToken({ SegmentGroups: segmentGroupsFor(marker) }, 'list_newsletter')).toBe(
      'a1b2c3d4e5f60718',
    );
    expect(selectedToken({ SegmentGroups: segmentGroupsFor(marker) }, 'list_other')).toBeUndefined();
    expect(selectedToken({ SegmentSqlQuery: 'SELECT 1' }, 'list_newsletter')).toBeUndefined();
  });
});

describe('ensureSegmentDefinition', () => {
  test('creates the definition when there is none', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).rejects(notFound());
    profilesMock
      .on(CreateSegmentDefinitionCommand)
      .resolves({ SegmentDefinitionName: 'newsletter', SegmentDefinitionArn: ARN });

    await expect(ensureSegmentDefinition(profiles, input(SHA_V1), deps())).resolves.toEqual({
      action: 'created',
      name: 'newsletter',
      arn: ARN,
    });
    const sent = profilesMock.commandCalls(CreateSegmentDefinitionCommand)[0].args[0].input;
    expect(sent).toMatchObject({
      DomainName: 'acme-customers',
      SegmentDefinitionName: 'newsletter',
      DisplayName: 'newsletter',
      SegmentGroups: segmentGroupsFor(listMarker('newsletter', SHA_V1)),
    });
    expect(sent.Description).toContain('octo-org/audiences audiences/newsletter.csv');
    expect(profilesMock.commandCalls(DeleteSegmentDefinitionCommand)).toHaveLength(0);
  });

  test('leaves a definition that already selects this version as it is', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).resolves(existing(SHA_V1));
    await expect(ensureSegmentDefinition(profiles, input(SHA_V1), deps())).resolves.toEqual({
      action: 'unchanged',
      name: 'newsletter',
      arn: ARN,
    });
    expect(profilesMock.commandCalls(CreateSegmentDefinitionCommand)).toHaveLength(0);
    expect(profilesMock.commandCalls(DeleteSegmentDefinitionCommand)).toHaveLength(0);
  });

  test('replaces a definition of an earlier version: delete, then create under the same name', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).resolves(existing(SHA_V1));
    profilesMock.on(DeleteSegmentDefinitionCommand).resolves({ Message: 'deleted' });
    profilesMock
      .on(CreateSegmentDefinitionCommand)
      .resolves({ SegmentDefinitionName: 'newsletter', SegmentDefinitionArn: ARN });

    await expect(ensureSegmentDefinition(profiles, input(SHA_V2), deps())).resolves.toEqual({
      action: 'replaced',
      name: 'newsletter',
      arn: ARN,
    });
    expect(profilesMock.commandCalls(DeleteSegmentDefinitionCommand)[0].args[0].input).toEqual({
      DomainName: 'acme-customers',
      SegmentDefinitionName: 'newsletter',
    });
    const created = profilesMock.commandCalls(CreateSegmentDefinitionCommand)[0].args[0].input;
    expect(selectedToken(created, 'list_newsletter')).toBe('9f8e7d6c5b4a3210');
    expect(logs.join('\n')).toContain(
      'selects an earlier version of the list (list_newsletter = a1b2c3d4e5f60718)',
    );
  });

  test('a Create refused right after the delete is tried again', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).resolves(existing(SHA_V1));
    profilesMock.on(DeleteSegmentDefinitionCommand).resolves({});
    profilesMock
      .on(CreateSegmentDefinitionCommand)
      .rejectsOnce(awsError('BadRequestException', 400, 'Segment definition is being deleted'))
      .resolves({ SegmentDefinitionName: 'newsletter', SegmentDefinitionArn: ARN });
    await expect(ensureSegmentDefinition(profiles, input(SHA_V2), deps())).resolves.toMatchObject({
      action: 'replaced',
    });
    expect(profilesMock.commandCalls(CreateSegmentDefinitionCommand)).toHaveLength(2);
    expect(clock.sleeps).toHaveLength(1);
  });

  test('a Create that fails after the delete says the segment is gone until a run succeeds', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).resolvesOnce(existing(SHA_V1)).rejects(notFound());
    profilesMock.on(DeleteSegmentDefinitionCommand).resolves({});
    profilesMock
      .on(CreateSegmentDefinitionCommand)
      .rejects(
        awsError('AccessDeniedException', 403, 'not authorized to perform: profile:CreateSegmentDefinition'),
      );
    const error = (await ensureSegmentDefinition(profiles, input(SHA_V2), deps()).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error.message).toMatch(
      /^Segment definition newsletter was deleted to be replaced, and creating it again failed, so it does not exist now\./,
    );
    expect(error.message).toContain(
      'CreateSegmentDefinition on the Customer Profiles domain acme-customers was denied',
    );
    expect(error.fix).toContain('"profile:CreateSegmentDefinition"');
  });

  test('a definition this action did not make is never replaced', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).resolves({
      SegmentDefinitionName: 'newsletter',
      SegmentDefinitionArn: ARN,
      SegmentGroups: {
        Groups: [
          {
            Dimensions: [
              { ProfileAttributes: { Address: { City: { DimensionType: 'INCLUSIVE', Values: ['Lyon'] } } } },
            ],
          },
        ],
      },
    });
    const error = (await ensureSegmentDefinition(profiles, input(SHA_V1), deps()).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain(
      'A segment definition named newsletter already exists in domain acme-customers',
    );
    expect(profilesMock.commandCalls(DeleteSegmentDefinitionCommand)).toHaveLength(0);
    expect(profilesMock.commandCalls(CreateSegmentDefinitionCommand)).toHaveLength(0);
  });

  test('a definition another run created meanwhile, selecting this version, is accepted', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).rejectsOnce(notFound()).resolves(existing(SHA_V1));
    profilesMock
      .on(CreateSegmentDefinitionCommand)
      .rejects(awsError('BadRequestException', 400, 'Segment definition already exists'));
    await expect(ensureSegmentDefinition(profiles, input(SHA_V1), deps())).resolves.toEqual({
      action: 'created',
      name: 'newsletter',
      arn: ARN,
    });
  });

  test('a denied GetSegmentDefinition is diagnosed', async () => {
    profilesMock
      .on(GetSegmentDefinitionCommand)
      .rejects(
        awsError('AccessDeniedException', 403, 'not authorized to perform: profile:GetSegmentDefinition'),
      );
    await expect(ensureSegmentDefinition(profiles, input(SHA_V1), deps())).rejects.toThrow(
      /GetSegmentDefinition on the Customer Profiles domain acme-customers was denied/,
    );
  });
});
