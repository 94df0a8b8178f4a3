// Which S3 operation a request is (by method, key and query), and the IAM action it needs: what the
// proxy checks permissions against and names in the request log.
import type { IncomingMessage } from 'node:http';

export interface S3Operation {
  operation: string;
  /** The IAM action the caller needs. */
  action: string;
  /** What the action applies to: the bucket, the addressed object, any object in it, or the account. */
  target: 'bucket' | 'object' | 'any-object' | 'account';
}

// Query parameters that address a bucket's configuration rather than its listing.
const BUCKET_SUBRESOURCES = [
  'accelerate', 'acl', 'analytics', 'cors', 'encryption', 'intelligent-tiering', 'inventory', 'lifecycle',
  'logging', 'metrics', 'notification', 'object-lock', 'ownershipControls', 'policy', 'policyStatus',
  'publicAccessBlock', 'replication', 'requestPayment', 'tagging', 'versioning', 'versions', 'website',
]; // prettier-ignore

/** Names the S3 operation a request is, and the IAM action it needs. */
export function classify(
  method: string,
  bucket: string,
  key: string,
  query: URLSearchParams,
  headers: IncomingMessage['headers'],
): S3Operation {
  const on = (operation: string, action: string, target: S3Operation['target']): S3Operation => ({
    operation,
    action,
    target,
  });
  if (!bucket) return on('ListBuckets', 's3:ListAllMyBuckets', 'account');
  const configuration = BUCKET_SUBRESOURCES.some((name) => query.has(name));
  const copy = headers['x-amz-copy-source'] !== undefined;
  if (!key) {
    switch (method) {
      case 'PUT':
        return configuration
          ? on('PutBucketConfiguration', 's3:PutBucket*', 'bucket')
          : on('CreateBucket', 's3:CreateBucket', 'bucket');
      case 'DELETE':
        return configuration
          ? on('DeleteBucketConfiguration', 's3:PutBucket*', 'bucket')
          : on('DeleteBucket', 's3:DeleteBucket', 'bucket');
      case 'HEAD':
        return on('HeadBucket', 's3:ListBucket', 'bucket');
      case 'POST':
        // Without `?delete`, a browser-form upload (POST Object) to the bucket.
        return query.has('delete')
          ? on('DeleteObjects', 's3:DeleteObject', 'any-object')
          : on('PostObject', 's3:PutObject', 'bucket');
      default:
        if (query.has('location')) return on('GetBucketLocation', 's3:GetBucketLocation', 'bucket');
        if (query.has('uploads')) {
          return on('ListMultipartUploads', 's3:ListBucketMultipartUploads', 'bucket');
        }
        if (configuration) return on('GetBucketConfiguration', 's3:GetBucket*', 'bucket');
        return on(
          query.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects',
          's3:ListBucket',
          'bucket',
        );
    }
  }
  switch (method) {
    case 'PUT':
      if (query.has('partNumber') && query.has('uploadId')) {
        return on(copy ? 'UploadPartCopy' : 'UploadPart', 's3:PutObject', 'object');
      }
      if (query.has('tagging')) return on('PutObjectTagging', 's3:PutObjectTagging', 'object');
      if (query.has('acl')) return on('PutObjectAcl', 's3:PutObjectAcl', 'object');
      return on(copy ? 'CopyObject' : 'PutObject', 's3:PutObject', 'object');
    case 'POST':
      if (query.has('uploads')) return on('CreateMultipartUpload', 's3:PutObject', 'object');
      if (query.has('uploadId')) return on('CompleteMultipartUpload', 's3:PutObject', 'object');
      return on('PostObject', 's3:PutObject', 'object');
    case 'DELETE':
      if (query.has('uploadId')) return on('AbortMultipartUpload', 's3:AbortMultipartUpload', 'object');
      return on('DeleteObject', 's3:DeleteObject', 'object');
    case 'HEAD':
      return on('HeadObject', 's3:GetObject', 'object');
    default:
      if (query.has('uploadId')) return on('ListParts', 's3:ListMultipartUploadParts', 'object');
      if (query.has('tagging')) return on('GetObjectTagging', 's3:GetObjectTagging', 'object');
      if (query.has('acl')) return on('GetObjectAcl', 's3:GetObjectAcl', 'object');
      return on('GetObject', 's3:GetObject', 'object');
  }
}
