import { API_PREFIX } from '@/cloud-api/endpoints'
import { FC3_API_VERSION } from '@/cloud-api/fc3'

/**
 * Paths of the console's API. The console never names a cloud host: it calls `/api/<service>/...`
 * and the MSW adapter or the signing proxy routes it (ARCHITECTURE.md "Three ways to run").
 * Path segments are encoded here, once.
 */
function join(prefix: string, segments: readonly string[]): string {
  return [prefix, ...segments.map((s) => encodeURIComponent(s))].join('/')
}

export const apiPaths = {
  /** `/api/fc/2023-03-30/<segments>` */
  fc3: (...segments: string[]) => join(`${API_PREFIX.fc}/${FC3_API_VERSION}`, segments),
  /** `/api/emulator/<segments>`: answered only when an emulator is behind /api. */
  emulator: (...segments: string[]) => join(API_PREFIX.emulator, segments),
  /** `/api/cloudapi/`: the CloudAPI RPC endpoint (`POST /` with `Action` and `Version`). */
  cloudapi: () => `${API_PREFIX.cloudapi}/`,
  /**
   * `/api/gateway/<group subdomain><path>`: the gateway data plane. `path` is the request path as
   * the caller writes it (already `/`-separated and encoded where needed), e.g. `/hello/world`.
   */
  gateway: (subDomain: string, path: string) =>
    `${API_PREFIX.gateway}/${encodeURIComponent(subDomain)}${path.startsWith('/') ? path : `/${path}`}`,
}
