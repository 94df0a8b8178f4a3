// Types for the parts of s3rver 3.7 (which ships none) the stand-in uses.
declare module 's3rver' {
  import type { Server } from 'node:http';
  import type { Readable } from 'node:stream';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    configureBuckets?: { name: string; configs?: string[] }[];
  }

  interface StoredObject {
    key: string;
    size: number;
    content?: Readable;
    metadata: Record<string, string>;
  }

  class S3rver {
    constructor(options?: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    httpServer?: Server;
    store: {
      putBucket(name: string): Promise<void>;
      listObjects(
        bucket: string,
        options: { prefix?: string; maxKeys?: number; delimiter?: string; startAfter?: string },
      ): Promise<{ objects: StoredObject[]; commonPrefixes: string[]; isTruncated: boolean }>;
      getObject(bucket: string, key: string): Promise<StoredObject | null>;
      getResourcePath(bucket: string, key?: string, resource?: string): string;
    };
  }
  export default S3rver;
}

declare module 's3rver/lib/models/account.js' {
  class AWSAccount {
    constructor(accountId: string, displayName: string);
    id: string;
    createKeyPair(accessKeyId: string, secretAccessKey: string): void;
    revokeAccessKey(accessKeyId: string): void;
  }
  export default AWSAccount;
}

declare module 's3rver/lib/stores/filesystem.js' {
  class FilesystemStore {
    static encodeKeyPath(key: string): string;
    static decodeKeyPath(path: string): string;
    getBucketPath(bucket: string): string;
    getResourcePath(bucket: string, key?: string, resource?: string): string;
    deleteObject(bucket: string, key: string): Promise<void>;
  }
  export default FilesystemStore;
}
