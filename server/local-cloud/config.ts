/**
 * The local cloud's configuration, from the environment (validated with zod so a typo fails at start
 * with a message that names the variable, not later with a confusing error):
 *
 * | variable               | default                        |
 * |------------------------|--------------------------------|
 * | LOCAL_CLOUD_PORT       | 9000                           |
 * | LOCAL_CLOUD_HOST       | 127.0.0.1 (never all interfaces unless asked) |
 * | LOCAL_CLOUD_DATA_DIR   | `.local-cloud` in the current directory |
 * | LOCAL_CLOUD_ACCOUNT_ID | 1234567890123456               |
 * | LOCAL_CLOUD_REGION     | cn-hangzhou                    |
 * | LOCAL_CLOUD_ACCESS_KEY_ID / LOCAL_CLOUD_ACCESS_KEY_SECRET | LTAI5tLocalCloudDefault / local-cloud-secret-not-for-production |
 *
 * The AccessKey pair is the one the local cloud accepts on its control-plane endpoints (CloudAPI,
 * FC 3.0, FC 2016-08-15): SDKs and scripts sign with it, the proxy signs with it. The defaults are
 * published on purpose — this is a local fake, its key protects nothing; set your own to test that
 * a wrong one is refused, or to keep other local users out.
 */
import { resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from '../../src/cloud-emulator/index.ts'

export const DEFAULT_PORT = 9000
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATA_DIR = '.local-cloud'
export const DEFAULT_ACCESS_KEY_ID = 'LTAI5tLocalCloudDefault'
export const DEFAULT_ACCESS_KEY_SECRET = 'local-cloud-secret-not-for-production'

const EnvSchema = z.object({
  LOCAL_CLOUD_PORT: z.coerce
    .number('must be a port number')
    .int('must be a port number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(DEFAULT_PORT),
  LOCAL_CLOUD_HOST: z.string().min(1, 'must not be empty').default(DEFAULT_HOST),
  LOCAL_CLOUD_DATA_DIR: z.string().min(1, 'must not be empty').default(DEFAULT_DATA_DIR),
  // Alibaba Cloud account ids (UIDs) are all digits.
  LOCAL_CLOUD_ACCOUNT_ID: z
    .string()
    .regex(/^\d{1,32}$/, 'must be digits, e.g. 1234567890123456')
    .default(DEFAULT_ACCOUNT_ID),
  LOCAL_CLOUD_REGION: z
    .string()
    .regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, 'must be a region id such as cn-hangzhou')
    .default(DEFAULT_REGION),
  // Real AccessKey ids are letters and digits (LTAI…); secrets are printable without spaces.
  LOCAL_CLOUD_ACCESS_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9.]{1,128}$/, 'must be letters and digits, e.g. LTAI5tLocalCloudDefault')
    .optional(),
  LOCAL_CLOUD_ACCESS_KEY_SECRET: z
    .string()
    .regex(/^\S{1,256}$/, 'must be printable characters without spaces')
    .optional(),
})

export interface LocalCloudConfig {
  port: number
  host: string
  /** absolute */
  dataDir: string
  accountId: string
  region: string
  /** the AccessKey pair the control-plane endpoints accept */
  accessKey: { accessKeyId: string; accessKeySecret: string }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the configuration; empty variables count as unset. Throws ConfigError naming the variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): LocalCloudConfig {
  const relevant = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((key) => (env[key] ? [[key, env[key]]] : [])),
  )
  const result = EnvSchema.safeParse(relevant)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new ConfigError(`${String(issue?.path[0] ?? 'environment')} ${issue?.message ?? 'is invalid'}`)
  }
  const parsed = result.data
  const id = parsed.LOCAL_CLOUD_ACCESS_KEY_ID
  const secret = parsed.LOCAL_CLOUD_ACCESS_KEY_SECRET
  // A pair or nothing: half of a pair is a typo, and guessing the other half would hide it.
  if ((id === undefined) !== (secret === undefined)) {
    throw new ConfigError(
      `${id === undefined ? 'LOCAL_CLOUD_ACCESS_KEY_ID' : 'LOCAL_CLOUD_ACCESS_KEY_SECRET'} must be set too: set both LOCAL_CLOUD_ACCESS_KEY_ID and LOCAL_CLOUD_ACCESS_KEY_SECRET, or neither for the documented defaults`,
    )
  }
  return {
    port: parsed.LOCAL_CLOUD_PORT,
    host: parsed.LOCAL_CLOUD_HOST,
    dataDir: resolve(cwd, parsed.LOCAL_CLOUD_DATA_DIR),
    accountId: parsed.LOCAL_CLOUD_ACCOUNT_ID,
    region: parsed.LOCAL_CLOUD_REGION,
    accessKey: {
      accessKeyId: id ?? DEFAULT_ACCESS_KEY_ID,
      accessKeySecret: secret ?? DEFAULT_ACCESS_KEY_SECRET,
    },
  }
}

/** The startup line about the AccessKey: its id, never its secret (ARCHITECTURE.md principle 3). */
export function describeAccessKey(accessKeyId: string): string {
  return accessKeyId === DEFAULT_ACCESS_KEY_ID
    ? `Signed requests accepted with the documented local AccessKey ${accessKeyId} (README "Settings")`
    : `Signed requests accepted with AccessKey ${accessKeyId} (LOCAL_CLOUD_ACCESS_KEY_ID / _SECRET)`
}
