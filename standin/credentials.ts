// Credentials the stand-in's STS issued. Every later request is signed with one of these, so the
// services know which role is calling; nothing else is accepted.
import { createHash, randomBytes } from 'node:crypto';
import { accountOf, roleName } from './config.ts';

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  roleArn: string;
  sessionName: string;
  /** `arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`: the caller as IAM names it in errors. */
  assumedRoleArn: string;
  /** `AROA…:SESSION`, stable per role as AWS's role IDs are. */
  assumedRoleId: string;
  account: string;
  /** Obtained with AssumeRole by another role's session (role chaining). */
  chained: boolean;
  /** Set when a service (Pinpoint reading the import file) assumed the role, not a caller. */
  servicePrincipal?: string;
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomUpperAlnum(length: number): string {
  return Array.from(randomBytes(length), (byte) => UPPER_ALNUM[byte % UPPER_ALNUM.length]).join('');
}

/** AWS role IDs start with AROA and never change for a role; derive one from the ARN. */
export function roleId(roleArn: string): string {
  const digest = createHash('sha256').update(roleArn).digest();
  return (
    'AROA' + Array.from(digest.subarray(0, 17), (byte) => UPPER_ALNUM[byte % UPPER_ALNUM.length]).join('')
  );
}

export class CredentialStore {
  readonly #byAccessKey = new Map<string, IssuedCredentials>();
  readonly #listeners: ((credentials: IssuedCredentials) => void)[] = [];

  /** Called for each new key pair (S3 registers it with s3rver's account registry). */
  onIssue(listener: (credentials: IssuedCredentials) => void): void {
    this.#listeners.push(listener);
  }

  issue(
    roleArn: string,
    sessionName: string,
    lifetimeSeconds: number,
    chained: boolean,
    servicePrincipal?: string,
  ): IssuedCredentials {
    const account = accountOf(roleArn);
    const credentials: IssuedCredentials = {
      // Temporary credentials' key IDs start with ASIA.
      accessKeyId: 'ASIA' + randomUpperAlnum(16),
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: 'IQoJb3JpZ2luX2VjE' + randomBytes(120).toString('base64'),
      expiration: new Date(Math.floor(Date.now() / 1000 + lifetimeSeconds) * 1000),
      roleArn,
      sessionName,
      assumedRoleArn: `arn:aws:sts::${account}:assumed-role/${roleName(roleArn)}/${sessionName}`,
      assumedRoleId: `${roleId(roleArn)}:${sessionName}`,
      account,
      chained,
      ...(servicePrincipal ? { servicePrincipal } : {}),
    };
    this.#byAccessKey.set(credentials.accessKeyId, credentials);
    for (const listener of this.#listeners) listener(credentials);
    return credentials;
  }

  /** Every set of credentials issued so far. */
  all(): IssuedCredentials[] {
    return [...this.#byAccessKey.values()];
  }

  lookup(accessKeyId: string): IssuedCredentials | undefined {
    return this.#byAccessKey.get(accessKeyId);
  }
}
