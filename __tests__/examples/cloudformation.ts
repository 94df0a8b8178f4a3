// A small, offline checker for the example CloudFormation template: it parses the YAML with
// CloudFormation's short-form tags, checks that every reference names something that exists,
// evaluates the template for given parameter values (conditions, !Ref, !GetAtt, !Sub, !If) and
// checks every IAM policy document in the result. It knows only what the example template uses;
// anything else is reported rather than guessed.
import { parseDocument, type Tags } from 'yaml';

export interface Resource {
  Type: string;
  Condition?: string;
  Properties?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Template {
  AWSTemplateFormatVersion?: string;
  Parameters?: Record<string, Parameter>;
  Conditions?: Record<string, unknown>;
  Resources?: Record<string, Resource>;
  Outputs?: Record<string, { Value: unknown; Description?: string; Condition?: string }>;
  [key: string]: unknown;
}

interface Parameter {
  Type: string;
  Default?: string | number;
  AllowedPattern?: string;
  AllowedValues?: string[];
}

/** Resource types the template may use, each with the attributes !GetAtt may read. */
export const KNOWN_RESOURCE_TYPES: Record<string, string[]> = {
  'AWS::IAM::OIDCProvider': ['Arn'],
  'AWS::IAM::Role': ['Arn', 'RoleId'],
  'AWS::S3::Bucket': ['Arn', 'DomainName', 'DualStackDomainName', 'RegionalDomainName', 'WebsiteURL'],
  'AWS::S3::BucketPolicy': [],
};

export const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
];

const INTRINSICS = ['Ref', 'Condition'].concat(
  ['GetAtt', 'Sub', 'If', 'Equals', 'Not', 'And', 'Or', 'Join', 'Select', 'Split', 'FindInMap'].map(
    (name) => `Fn::${name}`,
  ),
);

/** `!Ref x` → `{Ref: x}`, `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`, and so on, in every YAML form. */
function shortFormTags(): Tags {
  const tags: Tags = [];
  for (const intrinsic of INTRINSICS) {
    const tag = `!${intrinsic.replace('Fn::', '')}`;
    const wrap = (value: unknown) =>
      intrinsic === 'Fn::GetAtt' && typeof value === 'string'
        ? { [intrinsic]: value.split(/\.(.*)/s, 2) }
        : { [intrinsic]: value };
    tags.push({ tag, resolve: (text: string) => wrap(text) });
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag,
        collection,
        resolve: (node) => wrap((node as { toJSON(): unknown }).toJSON()),
      });
    }
  }
  return tags;
}

export function parseTemplate(text: string): { template: Template; problems: string[] } {
  const doc = parseDocument(text, { customTags: shortFormTags() });
  const problems = [...doc.errors, ...doc.warnings].map((e) => `YAML: ${e.message.split('\n')[0]}`);
  const template = (doc.toJS() ?? {}) as Template;
  return { template, problems };
}

// ---------------------------------------------------------------------------------------------
// Static checks: references, condition names, resource types, intrinsic functions

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function staticProblems(template: Template): string[] {
  const problems: string[] = [];
  const parameters = template.Parameters ?? {};
  const conditions = template.Conditions ?? {};
  const resources = template.Resources ?? {};
  if (template.AWSTemplateFormatVersion !== '2010-09-09') {
    problems.push(`AWSTemplateFormatVersion is ${JSON.stringify(template.AWSTemplateFormatVersion)}`);
  }
  if (Object.keys(resources).length === 0) problems.push('the template has no Resources');

  const refTarget = (name: string, where: string) => {
    if (!(name in parameters) && !(name in resources) && !PSEUDO_PARAMETERS.includes(name)) {
      problems.push(`${where}: ${name} is not a parameter, a resource or a pseudo parameter`);
    }
  };
  const attTarget = (resource: string, attribute: string, where: string) => {
    const type = resources[resource]?.Type;
    if (!type) problems.push(`${where}: ${resource} is not a resource`);
    else if (!(KNOWN_RESOURCE_TYPES[type] ?? []).includes(attribute)) {
      problems.push(`${where}: ${type} has no attribute ${attribute}`);
    }
  };
  const conditionName = (name: unknown, where: string) => {
    if (typeof name !== 'string' || !(name in conditions)) {
      problems.push(`${where}: ${JSON.stringify(name)} is not a condition`);
    }
  };

  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${where}[${i}]`));
      return;
    }
    if (!isObject(value)) return;
    const keys = Object.keys(value);
    const fn = keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::')) ? keys[0] : undefined;
    if (fn && !INTRINSICS.includes(fn)) problems.push(`${where}: unknown function ${fn}`);
    const arg = fn ? value[fn] : undefined;
    if (fn === 'Ref') {
      if (typeof arg === 'string') refTarget(arg, where);
      else problems.push(`${where}: Ref takes a name`);
    } else if (fn === 'Fn::GetAtt') {
      if (Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string')) {
        attTarget(arg[0], arg[1], where);
      } else problems.push(`${where}: Fn::GetAtt takes Resource.Attribute`);
    } else if (fn === 'Fn::Sub') {
      const [text, variables] = Array.isArray(arg) ? arg : [arg, {}];
      if (typeof text !== 'string') problems.push(`${where}: Fn::Sub takes a string`);
      else {
        for (const [, name] of text.matchAll(/\$\{(?!!)([^}]*)\}/g)) {
          if (isObject(variables) && name in variables) continue;
          const [resource, attribute] = name.split(/\.(.*)/s, 2);
          if (attribute !== undefined && !PSEUDO_PARAMETERS.includes(name))
            attTarget(resource, attribute, where);
          else refTarget(name, where);
        }
      }
      if (isObject(variables)) walk(variables, where);
      return;
    } else if (fn === 'Fn::If') {
      if (Array.isArray(arg) && arg.length === 3) conditionName(arg[0], where);
      else problems.push(`${where}: Fn::If takes [condition, then, else]`);
    } else if (keys.length === 1 && keys[0] === 'Condition' && where.startsWith('Conditions')) {
      conditionName(value.Condition, where);
    }
    for (const key of keys) walk(value[key], `${where}.${key}`);
  };

  for (const [name, condition] of Object.entries(conditions)) walk(condition, `Conditions.${name}`);
  for (const [name, resource] of Object.entries(resources)) {
    if (!isObject(resource)) {
      problems.push(`Resources.${name} is not a resource`);
      continue;
    }
    if (!(resource.Type in KNOWN_RESOURCE_TYPES)) {
      problems.push(`Resources.${name}: unknown resource type ${JSON.stringify(resource.Type)}`);
    }
    if (resource.Condition !== undefined) conditionName(resource.Condition, `Resources.${name}.Condition`);
    walk(resource.Properties, `Resources.${name}.Properties`);
  }
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    if (output.Condition !== undefined) conditionName(output.Condition, `Outputs.${name}.Condition`);
    walk(output, `Outputs.${name}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Evaluation for given parameter values

export const EXAMPLE_ACCOUNT = { 'AWS::AccountId': '111111111111', 'AWS::Region': 'us-east-1' };

/** Removed from the list or map that holds it, as CloudFormation does with AWS::NoValue. */
const NO_VALUE = Symbol('AWS::NoValue');

export interface Evaluated {
  /** The resources that exist under these parameters, with every function evaluated. */
  resources: Record<string, Resource>;
  outputs: Record<string, unknown>;
}

export function evaluateTemplate(
  template: Template,
  values: Record<string, string>,
  pseudo: Record<string, string> = EXAMPLE_ACCOUNT,
): Evaluated {
  const parameters = template.Parameters ?? {};
  const resources = template.Resources ?? {};
  const partition = 'aws';
  const pseudoValues: Record<string, string> = {
    'AWS::Partition': partition,
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': 'pinpoint-import',
    ...pseudo,
  };

  for (const name of Object.keys(values)) {
    if (!(name in parameters)) throw new Error(`no parameter ${name}`);
  }
  const parameterValue = (name: string): string => {
    const spec = parameters[name];
    const value = values[name] ?? (spec.Default === undefined ? undefined : String(spec.Default));
    if (value === undefined) throw new Error(`parameter ${name} has no value and no default`);
    if (spec.AllowedPattern && !new RegExp(`^(?:${spec.AllowedPattern})$`).test(value)) {
      throw new Error(`parameter ${name}: ${JSON.stringify(value)} does not match ${spec.AllowedPattern}`);
    }
    if (spec.AllowedValues && !spec.AllowedValues.includes(value)) {
      throw new Error(`parameter ${name}: ${JSON.stringify(value)} is not one of ${spec.AllowedValues}`);
    }
    return value;
  };

  const conditionCache = new Map<string, boolean>();
  const condition = (name: string): boolean => {
    if (!conditionCache.has(name)) {
      const expression = template.Conditions?.[name];
      if (expression === undefined) throw new Error(`no condition ${name}`);
      conditionCache.set(name, truth(expression));
    }
    return conditionCache.get(name) as boolean;
  };
  const truth = (expression: unknown): boolean => {
    if (!isObject(expression)) throw new Error(`not a condition: ${JSON.stringify(expression)}`);
    const [fn] = Object.keys(expression);
    const arg = expression[fn] as unknown[];
    switch (fn) {
      case 'Fn::Equals':
        return String(resolve(arg[0])) === String(resolve(arg[1]));
      case 'Fn::Not':
        return !truth(arg[0]);
      case 'Fn::And':
        return arg.every(truth);
      case 'Fn::Or':
        return arg.some(truth);
      case 'Condition':
        return condition(expression.Condition as string);
      default:
        throw new Error(`not a condition function: ${fn}`);
    }
  };
  const exists = (name: string): boolean => {
    const resource = resources[name];
    return resource !== undefined && (resource.Condition === undefined || condition(resource.Condition));
  };
  const property = (name: string, key: string): string => {
    const value = resolve(resources[name].Properties?.[key]);
    if (typeof value !== 'string') throw new Error(`${name} has no ${key} to name it by`);
    return value;
  };
  const account = () => pseudoValues['AWS::AccountId'];

  const ref = (name: string): unknown => {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name in pseudoValues) return pseudoValues[name];
    if (name in parameters) return parameterValue(name);
    if (!exists(name)) throw new Error(`Ref to ${name}, which does not exist under these parameters`);
    const type = resources[name].Type;
    if (type === 'AWS::IAM::Role') return property(name, 'RoleName');
    if (type === 'AWS::S3::Bucket') return property(name, 'BucketName');
    if (type === 'AWS::IAM::OIDCProvider') {
      return `arn:${partition}:iam::${account()}:oidc-provider/${property(name, 'Url').replace(/^https:\/\//, '')}`;
    }
    throw new Error(`cannot evaluate Ref to a ${type}`);
  };
  const attribute = (name: string, att: string): string => {
    if (!exists(name)) throw new Error(`GetAtt of ${name}, which does not exist under these parameters`);
    const type = resources[name].Type;
    if (type === 'AWS::IAM::Role' && att === 'Arn') {
      return `arn:${partition}:iam::${account()}:role/${property(name, 'RoleName')}`;
    }
    if (type === 'AWS::S3::Bucket' && att === 'Arn')
      return `arn:${partition}:s3:::${property(name, 'BucketName')}`;
    if (type === 'AWS::IAM::OIDCProvider' && att === 'Arn') return ref(name) as string;
    throw new Error(`cannot evaluate GetAtt ${name}.${att}`);
  };

  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve).filter((item) => item !== NO_VALUE);
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) {
      const [fn] = keys;
      const arg = value[fn];
      switch (fn) {
        case 'Ref':
          return ref(arg as string);
        case 'Fn::GetAtt': {
          const [name, att] = arg as [string, string];
          return attribute(name, att);
        }
        case 'Fn::Sub': {
          const [text, variables] = (Array.isArray(arg) ? arg : [arg, {}]) as [
            string,
            Record<string, unknown>,
          ];
          return text.replace(/\$\{(!?)([^}]*)\}/g, (_all, literal: string, name: string) => {
            if (literal) return `\${${name}}`;
            if (name in variables) return String(resolve(variables[name]));
            const [resource, att] = name.split(/\.(.*)/s, 2);
            return String(
              att !== undefined && !(name in pseudoValues) ? attribute(resource, att) : ref(name),
            );
          });
        }
        case 'Fn::Join': {
          const [separator, list] = arg as [string, unknown[]];
          return (resolve(list) as unknown[]).map(String).join(separator);
        }
        case 'Fn::If': {
          const [name, whenTrue, whenFalse] = arg as [string, unknown, unknown];
          return resolve(condition(name) ? whenTrue : whenFalse);
        }
        default:
          throw new Error(`cannot evaluate ${fn}`);
      }
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const resolved = resolve(item);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  };

  const evaluated: Evaluated = { resources: {}, outputs: {} };
  for (const name of Object.keys(resources)) {
    if (exists(name)) evaluated.resources[name] = resolve(resources[name]) as Resource;
  }
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    if (output.Condition === undefined || condition(output.Condition))
      evaluated.outputs[name] = resolve(output.Value);
  }
  return evaluated;
}

// ---------------------------------------------------------------------------------------------
// IAM policy documents

export type PolicyKind = 'trust' | 'identity' | 'resource';

const CONDITION_OPERATOR =
  /^(ForAllValues:|ForAnyValue:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric\w+|Date\w+|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like)|Null)(IfExists)?$/;
const ACTION = /^(\*|[a-z0-9-]+:[A-Za-z0-9*]+)$/;

/** What is wrong with one policy document: a trust policy, a role's own policy, or a bucket policy. */
export function policyProblems(document: unknown, kind: PolicyKind, where: string): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${where}: ${problem}`);
  if (!isObject(document)) return [`${where}: not a policy document`];
  if (document.Version !== '2012-10-17')
    say(`Version is ${JSON.stringify(document.Version)}, not 2012-10-17`);
  const statements = document.Statement;
  if (!Array.isArray(statements) || statements.length === 0) {
    say('Statement is not a non-empty list');
    return problems;
  }
  const sids = new Set<string>();
  statements.forEach((statement, i) => {
    const at = (problem: string) => say(`Statement[${i}]: ${problem}`);
    if (!isObject(statement)) return at('not an object');
    if (statement.Sid !== undefined) {
      if (typeof statement.Sid !== 'string' || !/^[A-Za-z0-9]+$/.test(statement.Sid))
        at('Sid is not alphanumeric');
      else if (sids.has(statement.Sid)) at(`Sid ${statement.Sid} is used twice`);
      else sids.add(statement.Sid);
    }
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
      at(`Effect is ${JSON.stringify(statement.Effect)}, not Allow or Deny`);
    }
    const actions = [statement.Action ?? []].flat();
    if (actions.length === 0) at('no Action');
    for (const action of actions)
      if (typeof action !== 'string' || !ACTION.test(action)) at(`bad Action ${JSON.stringify(action)}`);
    const resources = [statement.Resource ?? []].flat();
    if (kind === 'trust') {
      if (statement.Resource !== undefined) at('a trust policy names no Resource');
    } else {
      if (resources.length === 0) at('no Resource');
      for (const resource of resources) {
        if (
          typeof resource !== 'string' ||
          !/^(\*|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:.+)$/.test(resource)
        ) {
          at(`bad Resource ${JSON.stringify(resource)}`);
        }
      }
    }
    if (kind === 'identity' && statement.Principal !== undefined)
      at("a role's own policy names no Principal");
    if (kind !== 'identity' && statement.Principal === undefined) at('no Principal');
    if (statement.Condition !== undefined) {
      if (!isObject(statement.Condition)) at('Condition is not an object');
      else {
        for (const [operator, test] of Object.entries(statement.Condition)) {
          if (!CONDITION_OPERATOR.test(operator)) at(`unknown condition operator ${operator}`);
          if (!isObject(test) || Object.keys(test).length === 0) at(`${operator} tests no key`);
        }
      }
    }
  });
  return problems;
}

/** Every policy document of the evaluated resources, with its kind. */
export function policiesOf(
  resources: Record<string, Resource>,
): { where: string; kind: PolicyKind; document: unknown }[] {
  const found: { where: string; kind: PolicyKind; document: unknown }[] = [];
  for (const [name, resource] of Object.entries(resources)) {
    const properties = resource.Properties ?? {};
    if (resource.Type === 'AWS::IAM::Role') {
      found.push({
        where: `${name} trust policy`,
        kind: 'trust',
        document: properties.AssumeRolePolicyDocument,
      });
      for (const policy of (properties.Policies as { PolicyName: string; PolicyDocument: unknown }[]) ?? []) {
        found.push({
          where: `${name} policy ${policy.PolicyName}`,
          kind: 'identity',
          document: policy.PolicyDocument,
        });
      }
    } else if (resource.Type === 'AWS::S3::BucketPolicy') {
      found.push({ where: `${name}`, kind: 'resource', document: properties.PolicyDocument });
    }
  }
  return found;
}

/**
 * Everything wrong with the template: YAML, references, types, and, for each set of parameter
 * values, whether it evaluates and whether every policy document in it is well formed.
 */
export function checkTemplate(text: string, parameterSets: Record<string, string>[]): string[] {
  const { template, problems } = parseTemplate(text);
  problems.push(...staticProblems(template));
  for (const values of parameterSets) {
    const label = `with ${JSON.stringify(values)}`;
    let evaluated: Evaluated;
    try {
      evaluated = evaluateTemplate(template, values);
    } catch (error) {
      problems.push(`${label}: ${(error as Error).message}`);
      continue;
    }
    for (const { where, kind, document } of policiesOf(evaluated.resources)) {
      problems.push(...policyProblems(document, kind, `${label}: ${where}`));
    }
  }
  return problems;
}
