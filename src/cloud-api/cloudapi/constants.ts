/**
 * CloudAPI (API Gateway, OpenAPI version 2016-07-14) enumerations, as the wire spells them.
 * Sources: reference/alibaba-cloud.md §1.1–1.3, the SDK models of `@alicloud/cloudapi20160714`
 * (dist/models/*.d.ts @remarks), fixtures/cloudapi-2016-07-14.examples.json.
 */
export const CLOUDAPI_VERSION = '2016-07-14'
export const CLOUDAPI_PRODUCT = 'CloudAPI'

/** `apigateway.<region>.aliyuncs.com` (§1.1): the control-plane endpoint and the `HostId` of its errors. */
export const cloudApiEndpoint = (region: string) => `apigateway.${region}.aliyuncs.com`

/** Stages, in the order the console shows them (§1.2 DeployApi: `RELEASE`|`PRE`|`TEST`). */
export const STAGE_NAMES = ['RELEASE', 'PRE', 'TEST'] as const
export type StageName = (typeof STAGE_NAMES)[number]
/** The stage the data plane serves when a caller sends no `X-Ca-Stage` (§1.4 step 8). */
export const DEFAULT_STAGE: StageName = 'RELEASE'
/** The console's names for the stages (seed 000/002: "click the Production tab"). */
export const STAGE_LABELS: Record<StageName, string> = { RELEASE: 'Production', PRE: 'Staging', TEST: 'Test' }

/** `BackendType` of CreateBackend (§1.2). "Function Compute / 3.0 / event function" = FC_EVENT_V3. */
export const BACKEND_TYPES = [
  'HTTP',
  'VPC',
  'FC_EVENT',
  'FC_EVENT_V3',
  'FC_HTTP',
  'FC_HTTP_V3',
  'OSS',
  'MOCK',
  'EVENTBRIDGE',
] as const
export type BackendType = (typeof BACKEND_TYPES)[number]

/** `RequestConfig.RequestHttpMethod` (§1.3; the docs' "HEADER" is HEAD). */
export const REQUEST_HTTP_METHODS = [
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'HEAD',
  'PATCH',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'ANY',
] as const
export type RequestHttpMethod = (typeof REQUEST_HTTP_METHODS)[number]

/** `RequestConfig.RequestMode` (§1.3). The console default is PASSTHROUGH (funcraft makeApi). */
export const REQUEST_MODES = ['MAPPING', 'PASSTHROUGH', 'MAPPING_PASSTHROUGH'] as const
export type RequestMode = (typeof REQUEST_MODES)[number]

/** `RequestConfig.BodyFormat`, only meaningful for MAPPING (§1.3). */
export const BODY_FORMATS = ['FORM', 'STREAM'] as const
export type BodyFormat = (typeof BODY_FORMATS)[number]

/** `RequestConfig.RequestProtocol`: one of these or a comma list (`HTTP,HTTPS`). */
export const REQUEST_PROTOCOLS = ['HTTP', 'HTTPS', 'WS', 'WSS'] as const

/** `AuthType` of CreateApi (§1.2). Only ANONYMOUS is served before app auth (issue 4). */
export const AUTH_TYPES = ['APP', 'ANONYMOUS', 'APPOPENID', 'ANONYMOUS_APPOPENID'] as const
export type AuthType = (typeof AUTH_TYPES)[number]

export const APP_CODE_AUTH_TYPES = ['DEFAULT', 'DISABLE', 'HEADER', 'HEADER_QUERY'] as const
export type AppCodeAuthType = (typeof APP_CODE_AUTH_TYPES)[number]
export const VISIBILITIES = ['PUBLIC', 'PRIVATE'] as const
export type Visibility = (typeof VISIBILITIES)[number]
export const RESULT_TYPES = ['JSON', 'TEXT', 'BINARY', 'XML', 'HTML', 'PASSTHROUGH'] as const
export const WEB_SOCKET_API_TYPES = ['COMMON', 'REGISTER', 'UNREGISTER', 'NOTIFY'] as const
export const ALLOW_SIGNATURE_METHODS = ['HmacSHA256', 'HmacSHA1,HmacSHA256'] as const

/** `ServiceConfig.ServiceProtocol` (§1.3). */
export const SERVICE_PROTOCOLS = [
  'HTTP',
  'FunctionCompute',
  'OSS',
  'EventBridge',
  'MOCK',
  'UN_SPECIFIED',
] as const
/** `ServiceConfig.ContentTypeCatagory` (misspelt on the wire on purpose). */
export const CONTENT_TYPE_CATEGORIES = ['DEFAULT', 'CUSTOM', 'CLIENT'] as const
/** `FunctionComputeConfig.FcType` (§1.3 table): event function vs HTTP (web) function. */
export const FC_TYPES = ['FCEvent', 'HttpTrigger'] as const
export type FcType = (typeof FC_TYPES)[number]

/** `RequestParameter.Location` (doc 43986). */
export const PARAMETER_LOCATIONS = ['BODY', 'HEAD', 'QUERY', 'PATH'] as const
export type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number]
export const PARAMETER_TYPES = ['String', 'Int', 'Long', 'Float', 'Double', 'Boolean', 'Array'] as const
export const PARAMETER_REQUIRED = ['REQUIRED', 'OPTIONAL'] as const

/** `DeployedInfo.DeployedStatus` (§1.2 DescribeApis; funcraft prints only DEPLOYED entries). */
export const DEPLOYED_STATUSES = ['DEPLOYED', 'NONDEPLOYED'] as const
export type DeployedStatus = (typeof DEPLOYED_STATUSES)[number]

/**
 * The shared instance a group lands on when CreateApiGroup has no `InstanceId` (§1.2). VPC_SHARED is
 * what the SDK example answers; such instances add `X-Ca-Error-Code` to gateway errors (§3.2, §5).
 */
export const SHARED_INSTANCE = { InstanceId: 'api-shared-vpc-001', InstanceType: 'VPC_SHARED' } as const

/** DescribeApiGroup defaults (§1.2: TrafficLimit default 500 QPS, statuses NORMAL). */
export const GROUP_DEFAULTS = {
  TrafficLimit: 500,
  BillingStatus: 'NORMAL',
  IllegalStatus: 'NORMAL',
  Status: 'NORMAL',
  HttpsPolicy: 'HTTPS2_TLS1_0',
} as const

/** The role API Gateway assumes to call FC (§1.3 FunctionComputeConfig.RoleArn). */
export const apiGatewayRoleArn = (accountId: string) =>
  `acs:ram::${accountId}:role/aliyunserviceroleforapigateway`
