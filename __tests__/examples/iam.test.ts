// examples/iam/: the CloudFormation template is well formed (its references resolve, its
// resource types are known, its policies are valid documents), and the plain JSON policies are
// exactly what the template makes for the example values. The Customer Profiles policy allows
// exactly the actions the steps use (PROFILES_ACTIONS), as the stand-in's github-profiles role does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { PROFILES_ACTIONS, profilesPolicyStatement } from '../../src/diagnose/customer-profiles.ts';
import { defaultConfig, findRole, isAllowed } from '../../standin/config.ts';
import {
  checkTemplate,
  evaluateTemplate,
  parseTemplate,
  policyProblems,
  type PolicyKind,
  type Resource,
} from './cloudformation.ts';

const root = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const templateText = read('examples/iam/pinpoint-import.cloudformation.yml');
const json = (file: string): unknown => JSON.parse(read(`examples/iam/${file}`));

/** The values the JSON files and the README use. */
const EXAMPLE = {
  GitHubOrg: 'example-org',
  GitHubRepo: 'audiences',
  PinpointApplicationId: '0123456789abcdef0123456789abcdef',
  BucketName: 'my-pinpoint-imports',
};
const KMS_KEY = 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab';
/** With the optional Customer Profiles role, for the domain of the examples and the stand-in. */
const PROFILES_EXAMPLE = { ...EXAMPLE, CustomerProfilesDomainName: 'acme-customers' };
const PARAMETER_SETS = [
  EXAMPLE,
  { ...EXAMPLE, CreateOidcProvider: 'false' },
  { ...EXAMPLE, KmsKeyArn: KMS_KEY, GitHubBranch: 'release', ImportPrefix: 'imports/nightly/' },
  PROFILES_EXAMPLE,
  { ...PROFILES_EXAMPLE, CreateOidcProvider: 'false', ProfilesRoleName: 'audiences-profiles' },
];

const { template } = parseTemplate(templateText);
const evaluate = (values: Record<string, string> = EXAMPLE) => evaluateTemplate(template, values).resources;
const roleProperties = (resources: Record<string, Resource>, name: string) =>
  resources[name].Properties as {
    AssumeRolePolicyDocument: unknown;
    Policies: { PolicyName: string; PolicyDocument: { Statement: unknown[] } }[];
  };

describe('the CloudFormation template', () => {
  test('parses, resolves every reference and holds only valid policies, for each kind of set-up', () => {
    expect(checkTemplate(templateText, PARAMETER_SETS)).toEqual([]);
  });

  test('creates the OIDC provider only when asked, and the role trusts the same provider either way', () => {
    const created = evaluate();
    const existing = evaluate({ ...EXAMPLE, CreateOidcProvider: 'false' });
    expect(created.GitHubOidcProvider.Properties).toEqual({
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
    });
    expect(existing.GitHubOidcProvider).toBeUndefined();
    expect(roleProperties(existing, 'WorkflowRole').AssumeRolePolicyDocument).toEqual(
      roleProperties(created, 'WorkflowRole').AssumeRolePolicyDocument,
    );
  });

  test('the bucket: encrypted, public access blocked, owner-enforced, old imports expire, TLS only', () => {
    const resources = evaluate();
    const bucket = resources.ImportBucket.Properties as Record<string, unknown>;
    expect(bucket.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(bucket.LifecycleConfiguration).toEqual({
      Rules: [
        expect.objectContaining({ Status: 'Enabled', Prefix: 'pinpoint-imports/', ExpirationInDays: '30' }),
      ],
    });
    expect(resources.ImportBucketPolicy.Properties).toEqual({
      Bucket: 'my-pinpoint-imports',
      PolicyDocument: json('bucket-policy.json'),
    });
  });

  test('with a KMS key: the bucket uses it, the workflow role may encrypt with it and the import role decrypt', () => {
    const resources = evaluate({ ...EXAMPLE, KmsKeyArn: KMS_KEY });
    const bucket = resources.ImportBucket.Properties as Record<string, unknown>;
    expect(bucket.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [
        {
          ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KMS_KEY },
          BucketKeyEnabled: true,
        },
      ],
    });
    const plain = evaluate();
    const added = (role: string) =>
      roleProperties(resources, role).Policies[0].PolicyDocument.Statement.slice(
        roleProperties(plain, role).Policies[0].PolicyDocument.Statement.length,
      );
    expect(added('WorkflowRole')).toEqual([
      expect.objectContaining({ Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: KMS_KEY }),
    ]);
    expect(added('ImportRole')).toEqual([
      expect.objectContaining({ Action: 'kms:Decrypt', Resource: KMS_KEY }),
    ]);
  });

  test("the outputs are the action's inputs, as the example workflows set them", () => {
    const outputs = evaluateTemplate(template, EXAMPLE).outputs;
    const nightly = parse(read('examples/workflows/nightly-refresh.yml')) as {
      jobs: { refresh: { steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    const step = nightly.jobs.refresh.steps.find((s) => s.uses?.includes('pinpoint-import'));
    expect(outputs).toEqual({
      WorkflowRoleArn: step?.with?.['role-to-assume'],
      ImportRoleArn: step?.with?.['import-role-arn'],
      BucketName: step?.with?.['s3-bucket'],
      ImportPrefix: 'pinpoint-imports/', // the action's default s3-prefix
    });
    const manifest = parse(read('action.yml')) as { inputs: Record<string, { default?: string }> };
    expect(manifest.inputs['s3-prefix'].default).toBe(outputs.ImportPrefix);
  });

  test('makes the Customer Profiles role only for a domain, trusted like the Pinpoint one', () => {
    expect(evaluate().ProfilesWorkflowRole).toBeUndefined();
    expect(evaluateTemplate(template, EXAMPLE).outputs.ProfilesWorkflowRoleArn).toBeUndefined();
    const resources = evaluate(PROFILES_EXAMPLE);
    expect(roleProperties(resources, 'ProfilesWorkflowRole').AssumeRolePolicyDocument).toEqual(
      roleProperties(resources, 'WorkflowRole').AssumeRolePolicyDocument,
    );
    const profiles = parse(read('examples/workflows/customer-profiles.yml')) as {
      jobs: { refresh: { steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    const step = profiles.jobs.refresh.steps.find((s) => s.uses?.includes('pinpoint-import'));
    expect(evaluateTemplate(template, PROFILES_EXAMPLE).outputs.ProfilesWorkflowRoleArn).toBe(
      step?.with?.['role-to-assume'],
    );
    expect(step?.with?.['domain-name']).toBe(PROFILES_EXAMPLE.CustomerProfilesDomainName);
  });

  test('a parameter value outside its allowed pattern is refused', () => {
    expect(() => evaluateTemplate(template, { ...EXAMPLE, PinpointApplicationId: 'not-an-id' })).toThrow(
      /PinpointApplicationId.*does not match/,
    );
    expect(() => evaluateTemplate(template, { ...EXAMPLE, ImportPrefix: 'no-slash' })).toThrow(
      /ImportPrefix.*does not match/,
    );
    expect(() =>
      evaluateTemplate(template, { ...EXAMPLE, CustomerProfilesDomainName: 'acme customers' }),
    ).toThrow(/CustomerProfilesDomainName.*does not match/);
  });
});

describe('the JSON policies are the template’s, for the example values', () => {
  const resources = evaluate(PROFILES_EXAMPLE);
  const cases: [string, PolicyKind, unknown][] = [
    ['workflow-role-trust.json', 'trust', roleProperties(resources, 'WorkflowRole').AssumeRolePolicyDocument],
    [
      'workflow-role-trust.json',
      'trust',
      roleProperties(resources, 'ProfilesWorkflowRole').AssumeRolePolicyDocument,
    ],
    [
      'customer-profiles-workflow-role-permissions.json',
      'identity',
      roleProperties(resources, 'ProfilesWorkflowRole').Policies[0].PolicyDocument,
    ],
    [
      'workflow-role-permissions.json',
      'identity',
      roleProperties(resources, 'WorkflowRole').Policies[0].PolicyDocument,
    ],
    ['import-role-trust.json', 'trust', roleProperties(resources, 'ImportRole').AssumeRolePolicyDocument],
    [
      'import-role-permissions.json',
      'identity',
      roleProperties(resources, 'ImportRole').Policies[0].PolicyDocument,
    ],
    [
      'bucket-policy.json',
      'resource',
      (resources.ImportBucketPolicy.Properties as { PolicyDocument: unknown }).PolicyDocument,
    ],
  ];

  test.each(cases)('%s', (file, kind, fromTemplate) => {
    const document = json(file);
    expect(policyProblems(document, kind, file)).toEqual([]);
    expect(document).toEqual(fromTemplate);
    // Example values only: nothing left to fill in, and one account throughout.
    const text = read(`examples/iam/${file}`);
    expect(text).not.toMatch(/\$\{|<|>|ACCOUNT|REGION|APP-?ID|BUCKET/);
    for (const [account] of text.matchAll(/\b\d{12}\b/g)) expect(account).toBe('111111111111');
  });

  test('the workflow role may read and write only under the prefix, and pass only the import role', () => {
    const statements = (json('workflow-role-permissions.json') as { Statement: Record<string, unknown>[] })
      .Statement;
    expect(statements.find((s) => s.Sid === 'PassTheImportRoleToPinpoint')).toEqual({
      Sid: 'PassTheImportRoleToPinpoint',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: 'arn:aws:iam::111111111111:role/PinpointSegmentImport',
      Condition: { StringEquals: { 'iam:PassedToService': 'pinpoint.amazonaws.com' } },
    });
    expect(statements.find((s) => s.Sid === 'UploadImportFiles')?.Resource).toBe(
      'arn:aws:s3:::my-pinpoint-imports/pinpoint-imports/*',
    );
  });
});

describe('the Customer Profiles policy', () => {
  const [statement, ...others] = (
    json('customer-profiles-workflow-role-permissions.json') as { Statement: Record<string, unknown>[] }
  ).Statement;
  const DOMAIN = 'arn:aws:profile:us-east-1:111111111111:domains/acme-customers';

  test('is the statement a denied profile:* action prints: every action the steps use, on the domain', () => {
    expect(others).toEqual([]);
    const { Sid, ...rest } = statement;
    expect(Sid).toBe('RunUploadJobsAndSegmentDefinitions');
    expect(rest).toEqual(
      profilesPolicyStatement({
        callerArn: 'arn:aws:sts::111111111111:assumed-role/github-profiles/run-1',
        region: 'us-east-1',
        domainName: 'acme-customers',
      }),
    );
    expect(rest.Action).toEqual(PROFILES_ACTIONS);
    expect(rest.Resource).toEqual([DOMAIN, `${DOMAIN}/*`]);
  });

  test("is what the stand-in's github-profiles role may do, with two read-only actions more", () => {
    const role = findRole(defaultConfig(), 'arn:aws:iam::111111111111:role/github-profiles');
    expect(role).toBeDefined();
    const resources = [DOMAIN, `${DOMAIN}/segment-definitions/newsletter`];
    const allowed = (action: string) => resources.every((resource) => isAllowed(role!, action, resource));
    for (const action of PROFILES_ACTIONS) expect([action, allowed(action)]).toEqual([action, true]);
    // The stand-in's tests read a segment's members with these; the action never calls them.
    const observing = ['profile:ListSegmentDefinitions', 'profile:GetSegmentMembership'];
    for (const action of observing) expect(allowed(action)).toBe(true);
    const actionsGranted = new Set(role!.allow.map((s) => s.action));
    expect([...actionsGranted].sort()).toEqual([...PROFILES_ACTIONS, ...observing].sort());
    expect(isAllowed(role!, 'profile:DeleteDomain', DOMAIN)).toBe(false);
    expect(isAllowed(role!, 'profile:CreateUploadJob', DOMAIN.replace('acme-customers', 'other'))).toBe(
      false,
    );
  });
});

describe('the checker finds what is wrong with a broken template', () => {
  const broken: [string, string, string, RegExp][] = [
    ['a !Ref to no parameter', '!Ref BucketName', '!Ref BucketNmae', /BucketNmae is not a parameter/],
    [
      'a ${} in !Sub that names nothing',
      '${PinpointApplicationId}/*',
      '${PinpointAppId}/*',
      /PinpointAppId is not a parameter/,
    ],
    [
      'a !GetAtt of an attribute the type lacks',
      '!GetAtt ImportRole.Arn',
      '!GetAtt ImportRole.Name',
      /has no attribute Name/,
    ],
    [
      'a !GetAtt of no resource',
      '!GetAtt ImportRole.Arn',
      '!GetAtt ImportRoel.Arn',
      /ImportRoel is not a resource/,
    ],
    [
      'an unknown resource type',
      'Type: AWS::S3::BucketPolicy',
      'Type: AWS::S3::BucketPolicyy',
      /unknown resource type/,
    ],
    ['an !If on no condition', '- UseKms\n', '- UseKMS\n', /"UseKMS" is not a condition/],
    [
      'an output on no condition',
      "Condition: UseCustomerProfiles\n    Description: The action's",
      "Condition: UseProfiles\n    Description: The action's",
      /Outputs.ProfilesWorkflowRoleArn.Condition: "UseProfiles" is not a condition/,
    ],
    ['a misspelt short-form tag', '!Sub', '!Subb', /Unresolved tag: !Subb/],
    ["a policy's Version", "Version: '2012-10-17'", "Version: '2012-10-18'", /Version is "2012-10-18"/],
    ['an Effect that is neither Allow nor Deny', 'Effect: Deny', 'Effect: Refuse', /Effect is "Refuse"/],
    [
      'a statement without a Resource',
      "                Resource: !Sub 'arn:${AWS::Partition}:s3:::${ImportBucket}/${ImportPrefix}*'\n              - Sid: ListImportFiles",
      '              - Sid: ListImportFiles',
      /Statement\[0\]: no Resource/,
    ],
    ['an unknown condition operator', 'ArnLike:', 'ArnLikes:', /unknown condition operator ArnLikes/],
    ['YAML that does not parse', 'Resources:\n', 'Resources:\n  - [\n', /YAML:/],
  ];

  test.each(broken)('%s', (_name, from, to, expected) => {
    const text = templateText.replace(from, to);
    expect(text).not.toBe(templateText);
    expect(checkTemplate(text, PARAMETER_SETS).join('\n')).toMatch(expected);
  });

  test('a JSON policy that differs from the template would be caught', () => {
    const document = structuredClone(json('import-role-permissions.json')) as {
      Statement: { Action: string }[];
    };
    document.Statement[0].Action = 's3:*';
    expect(document).not.toEqual(roleProperties(evaluate(), 'ImportRole').Policies[0].PolicyDocument);
  });
});
