// Which endpoints may receive the OIDC token and credentials: the decision alone, on URLs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import {
  AWS_ENDPOINT_DOMAINS,
  endpointRefusal,
  endpointSetting,
  judgeEndpoint,
} from '../../src/endpoint-policy.ts';
import { ActionError } from '../../src/errors.ts';

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
  ])('loopback: %s', (url) => {
    expect(judgeEndpoint(url, strict)).toEqual({ allowed: true, kind: 'loopback' });
  });

  test.each([
    ['http://sts.amazonaws.com', /plain http/],
    ['http://s3.us-east-1.amazonaws.com:80', /plain http/],
    ['https://evil.example', /evil\.example is neither an AWS endpoint domain/],
    ['https://amazonaws.com.evil.example', /neither/],
    ['https://sts.amazonaws.com.evil.example', /neither/],
    ['https://evilamazonaws.com', /neither/],
    ['https://amazonaws.com', /neither/],
    ['https://evil.example/sts.amazonaws.com', /neither/],
    ['https://sts.amazonaws.com@evil.example', /neither/],
    ['http://0.0.0.0:8080', /neither/],
    ['http://10.0.0.5', /neither/],
    ['http://169.254.169.254', /neither/],
    ['http://[::ffff:127.0.0.1]', /neither/],
    ['http://localhost.evil.example', /neither/],
    ['http://bucket.localhost', /neither/],
    ['http://127.0.0.1.evil.example', /neither/],
  ])('refused unless opted in: %s', (url, reason) => {
    const verdict = judgeEndpoint(url, strict);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed === false && verdict.reason).toMatch(reason);
    expect(judgeEndpoint(url, optedIn)).toEqual({ allowed: true, kind: 'custom' });
  });

  test.each([
    ['file:///etc/passwd', /scheme file/],
    ['ftp://sts.amazonaws.com', /scheme ftp/],
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
