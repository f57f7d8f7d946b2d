/**
 * The proxy's settings, from the environment. Two modes (README "Ways to run"):
 *
 * - local cloud (default): the local cloud runs in the same process and the proxy signs with its
 *   AccessKey (server/local-cloud/config.ts);
 * - real cloud: with ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET (+ optional
 *   ALIBABA_CLOUD_SECURITY_TOKEN), ALIBABA_CLOUD_REGION and ALIBABA_CLOUD_ACCOUNT_ID, the proxy signs
 *   with that key and forwards to the real endpoints; no local cloud starts.
 *
 * `HOST` defaults to 127.0.0.1: the proxy holds credentials, so it is never reachable from the network
 * unless asked (ARCHITECTURE.md principle 3). Anything half-configured stops the start with a message
 * that names what to set — and never echoes a value (it may be a secret).
 */
import { z } from 'zod'
import type { AccessKey } from '../../src/cloud-emulator/signing/credentials.ts'

export class ProxyConfigError extends Error {
  override name = 'ProxyConfigError'
}

const REGION = /^[a-z]{2,}(-[a-z0-9]+)+$/

const EnvSchema = z.object({
  PORT: z.coerce
    .number('must be a port number')
    .int('must be a port number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DIST_DIR: z.string().min(1).default('dist'),
  ALIBABA_CLOUD_ACCESS_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9.]{1,128}$/, 'must be an AccessKey id (letters and digits, e.g. LTAI5t…)')
    .optional(),
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: z
    .string()
    .regex(/^\S{1,256}$/, 'must have no spaces')
    .optional(),
  ALIBABA_CLOUD_SECURITY_TOKEN: z.string().regex(/^\S+$/, 'must have no spaces').optional(),
  ALIBABA_CLOUD_REGION: z.string().regex(REGION, 'must be a region id such as cn-hangzhou').optional(),
  ALIBABA_CLOUD_ACCOUNT_ID: z
    .string()
    .regex(/^\d{1,32}$/, 'must be your account id (digits, shown in the console under your avatar)')
    .optional(),
})

export interface RealCloudConfig {
  accessKey: AccessKey
  region: string
  accountId: string
}

export interface ProxyConfig {
  port: number
  host: string
  distDir: string
  /** present: real-cloud mode */
  realCloud: RealCloudConfig | null
  /** settings that were given but do not apply (printed at start, never fatal) */
  notes: string[]
}

export function loadProxyConfig(env: Record<string, string | undefined> = process.env): ProxyConfig {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])),
  )
  const parsed = EnvSchema.safeParse(present)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new ProxyConfigError(`${String(issue.path[0])} ${issue.message}`)
  }
  const e = parsed.data
  const base = { port: e.PORT, host: e.HOST, distDir: e.DIST_DIR }
  const id = e.ALIBABA_CLOUD_ACCESS_KEY_ID
  const secret = e.ALIBABA_CLOUD_ACCESS_KEY_SECRET
  if (id === undefined && secret === undefined) {
    const unused = [
      'ALIBABA_CLOUD_SECURITY_TOKEN',
      'ALIBABA_CLOUD_REGION',
      'ALIBABA_CLOUD_ACCOUNT_ID',
    ].filter((k) => env[k])
    const notes = unused.length
      ? [
          `${unused.join(', ')} set without an AccessKey: using the local cloud (set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET for the real cloud)`,
        ]
      : []
    return { ...base, realCloud: null, notes }
  }
  const missing = [
    ['ALIBABA_CLOUD_ACCESS_KEY_ID', id],
    ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', secret],
    ['ALIBABA_CLOUD_REGION', e.ALIBABA_CLOUD_REGION],
    ['ALIBABA_CLOUD_ACCOUNT_ID', e.ALIBABA_CLOUD_ACCOUNT_ID],
  ].flatMap(([name, value]) => (value === undefined ? [name] : []))
  if (missing.length > 0) {
    throw new ProxyConfigError(
      `the real cloud needs ${missing.join(' and ')} too: set ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_REGION and ALIBABA_CLOUD_ACCOUNT_ID (or none of them for the local cloud)`,
    )
  }
  return {
    ...base,
    realCloud: {
      accessKey: {
        accessKeyId: id!,
        accessKeySecret: secret!,
        ...(e.ALIBABA_CLOUD_SECURITY_TOKEN ? { securityToken: e.ALIBABA_CLOUD_SECURITY_TOKEN } : {}),
      },
      region: e.ALIBABA_CLOUD_REGION!,
      accountId: e.ALIBABA_CLOUD_ACCOUNT_ID!,
    },
    notes: [],
  }
}

/** The real endpoints of one account and region (reference §1.1, §3.4). */
export function realEndpoints(cloud: Pick<RealCloudConfig, 'region' | 'accountId'>) {
  return {
    fc: `${cloud.accountId}.${cloud.region}.fc.aliyuncs.com`,
    cloudapi: `apigateway.${cloud.region}.aliyuncs.com`,
  }
}
