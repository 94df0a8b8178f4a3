// Which endpoints may receive the OIDC token, credentials or the file: the decision alone, on URLs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import {
  AWS_ENDPOINT_DOMAINS,
  endpointRefusal,
  endpointSetting,
  isAwsHost,
  isLoopbackHost,
  judgeEndpoint,
  printableUrl,
  uploadUrlProblem,
} from '../../src/endpoint-check.ts';
import { ActionError } from '../../src/errors.ts';

describe('uploadUrlProblem', () => {
  test.each([
    'https://cp-uploads.s3.us-east-1.amazonaws.com/k.csv?X-Amz-Signature=abc',
    'https://bucket.s3.dualstack.eu-west-2.amazonaws.com/k',
    'https://bucket.s3.cn-north-1.amazonaws.com.cn/k',
    'https://s3.dualstack.us-east-1.api.aws/k',
    'http://127.0.0.1:4566/k?X-Amz-Signature=abc',
    'http://localhost:9000/k',
    'https://[::1]:8443/k',
  ])('accepts %s', (url) => {
    expect(uploadUrlProblem(url)).toBeUndefined();
  });

  test.each([
    ['http://bucket.s3.us-east-1.amazonaws.com/k', 'http://bucket.s3.us-east-1.amazonaws.com is not https'],
    ['https://evil.example.com/k?X-Amz-Signature=abc', 'evil.example.com is not an AWS host'],
    ['https://amazonaws.com.evil.example/k', 'amazonaws.com.evil.example is not an AWS host'],
    ['https://notamazonaws.com/k', 'notamazonaws.com is not an AWS host'],
    [
      'https://user:pw@bucket.s3.amazonaws.com/k',
      'it carries user credentials (https://bucket.s3.amazonaws.com)',
    ],
    ['ftp://127.0.0.1/k', 'ftp://127.0.0.1 is neither http nor https'],
    ['not a url', 'it is not a valid URL'],
  ])('refuses %s', (url, reason) => {
    expect(uploadUrlProblem(url)).toBe(reason);
  });

  test('a reason never quotes the query', () => {
    expect(uploadUrlProblem('http://example.com/k?X-Amz-Signature=secret')).not.toContain('secret');
  });
});

test('isAwsHost and isLoopbackHost', () => {
  expect(isAwsHost('S3.US-EAST-1.AMAZONAWS.COM.')).toBe(true);
  expect(isAwsHost('amazonaws.com')).toBe(false);
  expect(isLoopbackHost('127.255.0.1')).toBe(true);
  expect(isLoopbackHost('127.0.0.256')).toBe(false);
  expect(isLoopbackHost('128.0.0.1')).toBe(false);
  expect(isLoopbackHost('[::1]')).toBe(true);
  expect(isLoopbackHost('app.localhost')).toBe(true);
});

test('printableUrl keeps the scheme, host and path only', () => {
  expect(printableUrl('https://b.s3.amazonaws.com/a/b.csv?X-Amz-Signature=s#f')).toBe(
    'https://b.s3.amazonaws.com/a/b.csv',
  );
});

const strict = { allowCustomEndpoints: false };
const optedIn = { allowCustomEndpoints: true };

describe('judgeEndpoint', () => {
  test.each([
    'https://sts.amazonaws.com',
    'https://sts.us-east-1.amazonaws.com/',
    'https://pinpoint.eu-west-1.amazonaws.com:443/v1/apps',
    'https://my-bucket.s3.dualstack.us-east-1.amazonaws.com/key?x-id=PutObject',
    'https://s3.cn-north-1.amazonaws.com.cn',
    'https://sts.us-east-1.api.aws',
    'https://sts-fips.us-gov-west-1.amazonaws.com',
    'https://STS.AmazonAWS.com./', // case and the root's trailing dot change nothing
  ])('AWS: %s', (url) => {
    expect(judgeEndpoint(url, strict)).toEqual({ allowed: true, kind: 'aws' });
  });

  test.each([
    'http://127.0.0.1:4566',
    'http://127.8.9.10',
    'http://localhost:9000/path',
    'http://[::1]:8080',
    'https://localhost',
    'http://2130706433:80', // 127.0.0.1 written as a number, as URL normalises it
    'http://0x7f.1',
    'http://my-bucket.localhost:4566', // the S3 client's virtual-hosted form of http://localhost:4566
  ])('loopback: %s', (url) => {
    expect(judgeEndpoint(url, strict)).toEqual({ allowed: true, kind: 'loopback' });
  });

  test.each([
    ['http://sts.amazonaws.com', /^http:\/\/sts\.amazonaws\.com is not https$/],
    ['http://s3.us-east-1.amazonaws.com:80', /is not https/],
    ['https://evil.example', /^evil\.example is not an AWS host$/],
    ['https://amazonaws.com.evil.example', /not an AWS host/],
    ['https://sts.amazonaws.com.evil.example', /not an AWS host/],
    ['https://evilamazonaws.com', /not an AWS host/],
    ['https://amazonaws.com', /not an AWS host/],
    ['https://evil.example/sts.amazonaws.com', /not an AWS host/],
    ['http://0.0.0.0:8080', /not an AWS host/],
    ['http://10.0.0.5', /not an AWS host/],
    ['http://169.254.169.254', /not an AWS host/],
    ['http://[::ffff:127.0.0.1]', /not an AWS host/],
    ['http://localhost.evil.example', /not an AWS host/],
    ['http://127.0.0.1.evil.example', /not an AWS host/],
  ])('refused unless opted in: %s', (url, reason) => {
    const verdict = judgeEndpoint(url, strict);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed === false && verdict.reason).toMatch(reason);
    expect(judgeEndpoint(url, optedIn)).toEqual({ allowed: true, kind: 'custom' });
  });

  test.each([
    ['file:///etc/passwd', /neither http nor https/],
    ['ftp://sts.amazonaws.com', /^ftp:\/\/sts\.amazonaws\.com is neither http nor https$/],
    ['https://user:pw@collector.example', /user credentials/],
    ['https://sts.amazonaws.com@evil.example', /user credentials \(https:\/\/evil\.example\)/],
    ['not a url', /not a valid URL/],
    ['', /not a valid URL/],
  ])('refused even when opted in: %s', (url, reason) => {
    for (const policy of [strict, optedIn]) {
      const verdict = judgeEndpoint(url, policy);
      expect(verdict.allowed === false && verdict.reason).toMatch(reason);
    }
  });

  test('every DNS suffix in the SDK’s partitions data is an AWS endpoint domain, and no other', () => {
    // The partitions table is compiled into @aws-sdk/core's client submodule.
    const source = readFileSync(createRequire(import.meta.url).resolve('@aws-sdk/core/client'), 'utf8');
    const suffixes = new Set(
      [...source.matchAll(/"(?:dnsSuffix|dualStackDnsSuffix)":\s*"([^"]+)"/g)].map((match) => match[1]),
    );
    expect(suffixes.size).toBeGreaterThanOrEqual(10);
    expect([...suffixes].sort()).toEqual([...AWS_ENDPOINT_DOMAINS].sort());
  });
});

describe('endpointSetting', () => {
  test('the SDK’s order: the service’s own variable, then AWS_ENDPOINT_URL, then the config file', () => {
    const env = { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_STS: 'http://b' };
    expect(endpointSetting('STS', env)).toBe('AWS_ENDPOINT_URL_STS');
    expect(endpointSetting('S3', env)).toBe('AWS_ENDPOINT_URL');
    expect(endpointSetting('Customer Profiles', { AWS_ENDPOINT_URL_CUSTOMER_PROFILES: 'http://c' })).toBe(
      'AWS_ENDPOINT_URL_CUSTOMER_PROFILES',
    );
    expect(endpointSetting('Pinpoint', {})).toBe('`endpoint_url` in ~/.aws/config (profile default)');
    expect(endpointSetting('Pinpoint', { AWS_CONFIG_FILE: '/tmp/config', AWS_PROFILE: 'ci' })).toBe(
      '`endpoint_url` in the AWS config file /tmp/config (profile ci)',
    );
  });
});

describe('endpointRefusal', () => {
  const origin = { requests: 'STS requests', setBy: 'AWS_ENDPOINT_URL_STS' };

  test('says what was refused, where it came from, and both ways out', () => {
    const refusal = endpointRefusal('http://collector.example:8080/x', strict, origin);
    expect(refusal).toBeInstanceOf(ActionError);
    expect(refusal?.message).toContain(
      'STS requests to http://collector.example:8080, set by AWS_ENDPOINT_URL_STS',
    );
    expect(refusal?.fix).toContain('AWS_ENDPOINT_URL_STS');
    expect(refusal?.fix).toContain('allow-custom-endpoints: true');
  });

  test('never quotes a path or query, which may hold a signature', () => {
    const refusal = endpointRefusal(
      'http://uploads.example/k?X-Amz-Signature=abcdef0123&X-Amz-Credential=AKIDSECRET',
      strict,
      { requests: 'the upload', setBy: 'the upload URL' },
    );
    expect(refusal?.explain()).not.toMatch(/abcdef0123|AKIDSECRET|\/k/);
  });

  test('nothing to refuse on AWS, on loopback, or when opted in', () => {
    expect(endpointRefusal('https://sts.amazonaws.com', strict, origin)).toBeUndefined();
    expect(endpointRefusal('http://127.0.0.1:1234', strict, origin)).toBeUndefined();
    expect(endpointRefusal('http://collector.example', optedIn, origin)).toBeUndefined();
  });
});

test('uploadUrlProblem follows the same policy: an opted-in workflow may upload elsewhere', () => {
  expect(uploadUrlProblem('https://uploads.example/k?X-Amz-Signature=s')).toBe(
    'uploads.example is not an AWS host',
  );
  expect(uploadUrlProblem('https://uploads.example/k?X-Amz-Signature=s', optedIn)).toBeUndefined();
  expect(uploadUrlProblem('ftp://uploads.example/k', optedIn)).toBe(
    'ftp://uploads.example is neither http nor https',
  );
});
