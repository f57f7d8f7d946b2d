/**
 * GetFunctionCode: `GET /2023-03-30/functions/{name}/code` → `OutputFuncCode {url, checksum}`
 * (FC3-SDK `getFunctionCodeWithOptions`, `models/OutputFuncCode`).
 *
 * The real FC answers with a short-lived OSS download URL. The emulator has no OSS, so the URL points
 * at its own control endpoint, on the origin the request came to:
 * `<origin>/__emulator/code/<functionName>?checksum=<checksum>` (served by ../../control.ts). The
 * console maps the `/__emulator/` path onto `/api/emulator/` (src/cloud-api/endpoints.ts).
 */
import { EMULATOR_CONTROL_PREFIX } from '../../../cloud-api/endpoints'
import type { OutputFuncCode } from '../../../cloud-api/fc3'
import { type OpContext, param } from '../../context'
import { jsonResponse } from '../../http/response'
import { checkQualifier, findFunction } from './functions'

export function codeDownloadPath(functionName: string, checksum: string): string {
  return `${EMULATOR_CONTROL_PREFIX}/code/${encodeURIComponent(functionName)}?checksum=${checksum}`
}

export async function getFunctionCode(ctx: OpContext): Promise<Response> {
  const name = param(ctx, 'functionName')
  checkQualifier(ctx, name)
  const fn = findFunction(ctx, name)
  const output: OutputFuncCode = {
    url: `${ctx.url.origin}${codeDownloadPath(fn.functionName, fn.codeChecksum)}`,
    checksum: fn.codeChecksum,
  }
  return jsonResponse(output, { requestId: ctx.requestId })
}
