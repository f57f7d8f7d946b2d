/**
 * The proxy's own settings, from the environment: `PORT` (default 8080) and `HOST` (default
 * 127.0.0.1: the proxy will hold cloud credentials, so it is never reachable from the network unless
 * asked — ARCHITECTURE.md principle 3), and `DIST_DIR` (the built console, default `dist`).
 */
import { z } from 'zod'

const EnvSchema = z.object({
  PORT: z.coerce.number('must be a port number').int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DIST_DIR: z.string().min(1).default('dist'),
})

export interface ProxyConfig {
  port: number
  host: string
  distDir: string
}

export function loadProxyConfig(env: Record<string, string | undefined> = process.env): ProxyConfig {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])),
  )
  const parsed = EnvSchema.safeParse(present)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`${String(issue.path[0])} ${issue.message}`)
  }
  return { port: parsed.data.PORT, host: parsed.data.HOST, distDir: parsed.data.DIST_DIR }
}
