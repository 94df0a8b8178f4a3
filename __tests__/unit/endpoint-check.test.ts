import { describe, expect, test } from '@jest/globals';
import { isAwsHost, isLoopbackHost, printableUrl, uploadUrlProblem } from '../../src/endpoint-check.ts';

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
