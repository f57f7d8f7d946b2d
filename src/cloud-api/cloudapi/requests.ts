/**
 * Request parameters of each action, as the console (or any RPC client) sends them: flat string
 * parameters in the query or the form body, structured ones as JSON strings (reference §1.1). Names
 * and placement follow the SDK (`@alicloud/cloudapi20160714` dist/client.js `…WithOptions`: nearly all
 * in the query; CreateApi/ModifyApi put RequestParameters, ServiceParameters, ServiceParametersMap,
 * ConstantParameters, SystemParameters, ResultSample, FailResultSample, ErrorCodeSamples and
 * ResultDescriptions in the form body). The server reads query ∪ form, so either works.
 *
 * `z.input<…Schema>` is what to send; `z.output<…Schema>` is what the emulator works with.
 * A missing required parameter is the cloud's `Missing<Param>`; any other failed rule `Invalid<Param>`
 * (or `InvalidFormat<Param>` for JSON that does not parse).
 */
import { z } from 'zod'
import { ACCESS_CONTROL_ACTIONS } from './access-control'
import { APP_ACTIONS } from './apps'
import {
  BackendConfigSchema,
  ConstantParameterSchema,
  RequestConfigSchema,
  RequestParameterSchema,
  ServiceConfigSchema,
  ServiceParameterMapSchema,
  ServiceParameterSchema,
  SystemParameterSchema,
} from './config'
import {
  ALLOW_SIGNATURE_METHODS,
  APP_CODE_AUTH_TYPES,
  AUTH_TYPES,
  BACKEND_TYPES,
  RESULT_TYPES,
  STAGE_NAMES,
  VISIBILITIES,
  WEB_SOCKET_API_TYPES,
} from './constants'
import {
  ApiNameSchema,
  BackendNameSchema,
  BasePathSchema,
  CLOUDAPI_LIMITS,
  ciEnum,
  DescriptionSchema,
  GroupNameSchema,
  jsonString,
  WireBooleanSchema,
} from './rules'

const text = z.string()
const page = z.coerce.number().int().min(1, 'PageNumber starts at 1.')
const pageSize = (max: number) => z.coerce.number().int().min(1).max(max, `PageSize can be at most ${max}.`)
export const StageNameSchema = ciEnum(STAGE_NAMES, 'StageName')
export const BackendTypeSchema = ciEnum(BACKEND_TYPES, 'BackendType')

// ── API groups ──────────────────────────────────────────────────────────────────────────────────

export const CreateApiGroupParamsSchema = z.object({
  GroupName: GroupNameSchema,
  Description: DescriptionSchema.optional(),
  BasePath: BasePathSchema.optional(),
  InstanceId: text.optional(),
})

export const DescribeApiGroupsParamsSchema = z.object({
  GroupId: text.optional(),
  GroupName: text.optional(),
  InstanceId: text.optional(),
  BasePath: text.optional(),
  PageNumber: page.optional(),
  PageSize: pageSize(CLOUDAPI_LIMITS.groupPageSizeMax).optional(),
  Sort: ciEnum(['asc', 'desc'], 'Sort').optional(),
})

export const GroupIdParamsSchema = z.object({ GroupId: text })

export const ModifyApiGroupParamsSchema = z.object({
  GroupId: text,
  GroupName: GroupNameSchema.optional(),
  Description: DescriptionSchema.optional(),
  BasePath: BasePathSchema.optional(),
})

// ── Backend services ────────────────────────────────────────────────────────────────────────────

export const CreateBackendParamsSchema = z.object({
  BackendName: BackendNameSchema,
  BackendType: BackendTypeSchema,
  Description: DescriptionSchema.optional(),
  CreateSlr: WireBooleanSchema.optional(),
  CreateEventBridgeServiceLinkedRole: WireBooleanSchema.optional(),
})

export const DescribeBackendListParamsSchema = z.object({
  BackendName: text.optional(),
  BackendType: BackendTypeSchema.optional(),
  PageNumber: page.optional(),
  PageSize: pageSize(CLOUDAPI_LIMITS.pageSizeMax).optional(),
})

export const BackendIdParamsSchema = z.object({ BackendId: text })

export const CreateBackendModelParamsSchema = z.object({
  BackendId: text,
  BackendType: BackendTypeSchema,
  StageName: StageNameSchema,
  BackendModelData: jsonString(BackendConfigSchema),
  Description: DescriptionSchema.optional(),
})

export const DeleteBackendModelParamsSchema = z.object({
  BackendId: text,
  StageName: StageNameSchema,
  BackendModelId: text,
})

// ── APIs ────────────────────────────────────────────────────────────────────────────────────────

/** The API definition fields shared by CreateApi and ModifyApi. */
const apiDefinition = {
  ApiName: ApiNameSchema,
  Visibility: ciEnum(VISIBILITIES, 'Visibility'),
  RequestConfig: jsonString(RequestConfigSchema),
  ServiceConfig: jsonString(ServiceConfigSchema),
  AuthType: ciEnum(AUTH_TYPES, 'AuthType').optional(),
  AppCodeAuthType: ciEnum(APP_CODE_AUTH_TYPES, 'AppCodeAuthType').optional(),
  AllowSignatureMethod: ciEnum(ALLOW_SIGNATURE_METHODS, 'AllowSignatureMethod').optional(),
  ForceNonceCheck: WireBooleanSchema.optional(),
  DisableInternet: WireBooleanSchema.optional(),
  Description: DescriptionSchema.optional(),
  ResultType: ciEnum(RESULT_TYPES, 'ResultType').optional(),
  ResultSample: text.optional(),
  FailResultSample: text.optional(),
  ResultBodyModel: text.optional(),
  ErrorCodeSamples: text.optional(),
  ResultDescriptions: text.optional(),
  OpenIdConnectConfig: text.optional(),
  WebSocketApiType: ciEnum(WEB_SOCKET_API_TYPES, 'WebSocketApiType').optional(),
  RequestParameters: jsonString(z.array(RequestParameterSchema)).optional(),
  ServiceParameters: jsonString(z.array(ServiceParameterSchema)).optional(),
  ServiceParametersMap: jsonString(z.array(ServiceParameterMapSchema)).optional(),
  ConstantParameters: jsonString(z.array(ConstantParameterSchema)).optional(),
  SystemParameters: jsonString(z.array(SystemParameterSchema)).optional(),
  BackendEnable: WireBooleanSchema.optional(),
  BackendId: text.optional(),
}

export const CreateApiParamsSchema = z.object({ GroupId: text, ...apiDefinition })
export const ModifyApiParamsSchema = z.object({ GroupId: text, ApiId: text, ...apiDefinition })

export const DescribeApisParamsSchema = z.object({
  GroupId: text.optional(),
  ApiId: text.optional(),
  ApiName: text.optional(),
  ApiPath: text.optional(),
  ApiMethod: text.optional(),
  StageName: StageNameSchema.optional(),
  Visibility: ciEnum(VISIBILITIES, 'Visibility').optional(),
  UnDeployed: WireBooleanSchema.optional(),
  PageNumber: page.optional(),
  PageSize: pageSize(CLOUDAPI_LIMITS.pageSizeMax).optional(),
})

/** DescribeApi, DeleteApi: `GroupId` is documented optional, ApiId required (SDK models). */
export const ApiIdParamsSchema = z.object({ ApiId: text, GroupId: text.optional() })

export const DeployApiParamsSchema = z.object({
  ApiId: text,
  StageName: StageNameSchema,
  Description: DescriptionSchema,
  GroupId: text.optional(),
})

export const StageApiParamsSchema = z.object({
  ApiId: text,
  StageName: StageNameSchema,
  GroupId: text.optional(),
})

/** Every action the emulator answers, with its parameter schema. */
export const CLOUDAPI_ACTIONS = {
  CreateApiGroup: CreateApiGroupParamsSchema,
  DescribeApiGroups: DescribeApiGroupsParamsSchema,
  DescribeApiGroup: GroupIdParamsSchema,
  ModifyApiGroup: ModifyApiGroupParamsSchema,
  DeleteApiGroup: GroupIdParamsSchema,
  CreateBackend: CreateBackendParamsSchema,
  DescribeBackendList: DescribeBackendListParamsSchema,
  DescribeBackendInfo: BackendIdParamsSchema,
  CreateBackendModel: CreateBackendModelParamsSchema,
  DeleteBackendModel: DeleteBackendModelParamsSchema,
  DeleteBackend: BackendIdParamsSchema,
  CreateApi: CreateApiParamsSchema,
  DescribeApis: DescribeApisParamsSchema,
  DescribeApi: ApiIdParamsSchema,
  ModifyApi: ModifyApiParamsSchema,
  DeleteApi: ApiIdParamsSchema,
  DeployApi: DeployApiParamsSchema,
  AbolishApi: StageApiParamsSchema,
  DescribeDeployedApi: StageApiParamsSchema,
  ...APP_ACTIONS,
  ...ACCESS_CONTROL_ACTIONS,
} as const
export type CloudApiAction = keyof typeof CLOUDAPI_ACTIONS
/** What to send for an action (JSON-string parameters as strings, booleans and numbers as strings or values). */
export type CloudApiParams<A extends CloudApiAction> = z.input<(typeof CLOUDAPI_ACTIONS)[A]>
/** The parsed parameters the emulator works with. */
export type CloudApiParsedParams<A extends CloudApiAction> = z.output<(typeof CLOUDAPI_ACTIONS)[A]>

/** Flat RPC parameters from an object: JSON-string fields stringified, booleans/numbers as text. */
export function toRpcParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue
    out[key] = typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
  return out
}
