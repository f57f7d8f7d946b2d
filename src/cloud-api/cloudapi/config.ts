/**
 * The JSON structures carried as JSON strings by CreateApi / ModifyApi / CreateBackendModel
 * (reference §1.3; SDK `DescribeApiResponseBody` names() for the PascalCase spellings). Parsed with
 * keys case-insensitive and enum values case-insensitive (rules.ts), they come out canonical: this is
 * the shape the emulator stores and the console's forms edit.
 */
import { z } from 'zod'
import {
  BACKEND_TYPES,
  BODY_FORMATS,
  CONTENT_TYPE_CATEGORIES,
  FC_TYPES,
  PARAMETER_LOCATIONS,
  PARAMETER_REQUIRED,
  PARAMETER_TYPES,
  REQUEST_HTTP_METHODS,
  REQUEST_MODES,
  REQUEST_PROTOCOLS,
  SERVICE_PROTOCOLS,
} from './constants'
import { EVENT_FORMATS } from './event-formats'
import {
  ciEnum,
  pathParameterNames,
  RequestPathSchema,
  registerKeys,
  ServiceTimeoutSchema,
  WireBooleanSchema,
} from './rules'

const str = z.coerce.string()
const num = z.coerce.number()
const TrueFalse = ciEnum(['TRUE', 'FALSE'], 'must be TRUE or FALSE')

/** `HTTP`, `HTTPS`, `HTTP,HTTPS` … any comma list of the protocols, upper-cased. */
export const RequestProtocolSchema = z
  .string()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .refine((value) => value.split(',').every((p) => (REQUEST_PROTOCOLS as readonly string[]).includes(p)), {
    message: 'RequestProtocol must be HTTP, HTTPS or HTTP,HTTPS.',
  })

/** RequestConfig (doc 43985). RequestMode defaults to MAPPING, the console's first choice (guessed). */
export const RequestConfigSchema = z.object({
  RequestProtocol: RequestProtocolSchema.default('HTTP'),
  RequestHttpMethod: ciEnum(REQUEST_HTTP_METHODS, 'RequestHttpMethod'),
  RequestPath: RequestPathSchema,
  RequestMode: ciEnum(REQUEST_MODES, 'RequestMode').default('MAPPING'),
  BodyFormat: ciEnum(BODY_FORMATS, 'BodyFormat').optional(),
  PostBodyDescription: str.optional(),
  BodyModel: str.optional(),
  EscapePathParam: WireBooleanSchema.optional(),
})
export type RequestConfig = z.output<typeof RequestConfigSchema>

/**
 * FunctionComputeConfig (doc 109314). Requests say `FcRegionId`; DescribeApi answers `RegionId`
 * (§1.2), so both are read and `FcRegionId` is kept.
 */
export const FunctionComputeConfigSchema = z
  .object({
    FcRegionId: str.optional(),
    RegionId: str.optional(),
    FcType: ciEnum(FC_TYPES, 'FcType').optional(),
    FcVersion: str.optional(),
    ServiceName: str.optional(),
    FunctionName: str.optional(),
    Qualifier: str.optional(),
    FcBaseUrl: str.optional(),
    Path: str.optional(),
    Method: str.optional(),
    OnlyBusinessPath: WireBooleanSchema.optional(),
    TriggerName: str.optional(),
    RoleArn: str.optional(),
    ContentTypeCatagory: ciEnum(CONTENT_TYPE_CATEGORIES, 'ContentTypeCatagory').optional(),
    ContentTypeValue: str.optional(),
  })
  .transform(({ RegionId, ...rest }) => ({ ...rest, FcRegionId: rest.FcRegionId ?? RegionId }))
export type FunctionComputeConfig = z.output<typeof FunctionComputeConfigSchema>

export const MockHeaderSchema = z.object({ HeaderName: str, HeaderValue: str.default('') })

/** ServiceConfig (doc 43987). ServiceTimeout is in ms; with a backend service it may be left out. */
export const ServiceConfigSchema = z.object({
  ServiceProtocol: ciEnum(SERVICE_PROTOCOLS, 'ServiceProtocol').optional(),
  ServiceAddress: str.optional(),
  ServicePath: str.optional(),
  ServiceHttpMethod: str.optional(),
  ServiceTimeout: ServiceTimeoutSchema.optional(),
  ContentTypeCatagory: ciEnum(CONTENT_TYPE_CATEGORIES, 'ContentTypeCatagory').optional(),
  ContentTypeValue: str.optional(),
  Mock: TrueFalse.optional(),
  MockResult: str.optional(),
  MockStatusCode: num.optional(),
  MockHeaders: z.array(MockHeaderSchema).optional(),
  ServiceVpcEnable: TrueFalse.optional(),
  FunctionComputeConfig: FunctionComputeConfigSchema.optional(),
  /** Emulator-only (issue 7, decision 011): the event format; absent = Alibaba's. Real CloudAPI never gets it. */
  EmulatorEventFormat: ciEnum(EVENT_FORMATS, 'EmulatorEventFormat').optional(),
})
export type ServiceConfig = z.output<typeof ServiceConfigSchema>

/** RequestParameter (doc 43986). */
export const RequestParameterSchema = z.object({
  ApiParameterName: z.string().min(1, 'ApiParameterName is required.'),
  Location: ciEnum(PARAMETER_LOCATIONS, 'Location'),
  ParameterType: ciEnum(PARAMETER_TYPES, 'ParameterType').default('String'),
  Required: ciEnum(PARAMETER_REQUIRED, 'Required').default('OPTIONAL'),
  DefaultValue: str.optional(),
  DemoValue: str.optional(),
  MaxValue: num.optional(),
  MinValue: num.optional(),
  MaxLength: num.optional(),
  MinLength: num.optional(),
  RegularExpression: str.optional(),
  JsonScheme: str.optional(),
  EnumValue: str.optional(),
  DocShow: str.optional(),
  DocOrder: num.optional(),
  Description: str.optional(),
  ArrayItemsType: str.optional(),
})
export type RequestParameter = z.output<typeof RequestParameterSchema>

/** ServiceParameter. The SDK's CreateApi example writes `Type` and `Head`: both are read. */
export const ServiceParameterSchema = z
  .object({
    ServiceParameterName: z.string().min(1),
    Location: ciEnum(PARAMETER_LOCATIONS, 'Location'),
    ParameterType: str.optional(),
    Type: str.optional(),
    ParameterCatalog: ciEnum(['REQUEST', 'CONSTANT', 'SYSTEM'], 'ParameterCatalog').optional(),
  })
  .transform(({ Type, ...rest }) => ({ ...rest, ParameterType: rest.ParameterType ?? Type ?? 'STRING' }))
export type ServiceParameter = z.output<typeof ServiceParameterSchema>

export const ServiceParameterMapSchema = z.object({
  ServiceParameterName: z.string().min(1),
  RequestParameterName: z.string().min(1),
})
export type ServiceParameterMap = z.output<typeof ServiceParameterMapSchema>

export const ConstantParameterSchema = z.object({
  ServiceParameterName: z.string().min(1),
  ConstantValue: str.default(''),
  Location: ciEnum(PARAMETER_LOCATIONS, 'Location'),
  Description: str.optional(),
})
export type ConstantParameter = z.output<typeof ConstantParameterSchema>

export const SystemParameterSchema = z.object({
  ParameterName: z.string().min(1),
  ServiceParameterName: z.string().min(1),
  Location: ciEnum(PARAMETER_LOCATIONS, 'Location'),
  DemoValue: str.optional(),
  Description: str.optional(),
})
export type SystemParameter = z.output<typeof SystemParameterSchema>

/**
 * BackendModelData of CreateBackendModel: the `BackendConfig` shape of DescribeBackendInfo (§1.2,
 * INFERRED: only the HTTP example `{"ServiceAddress": …}` is published). For FC_EVENT_V3:
 * `{"Type":"FC_EVENT_V3","FunctionComputeConfig":{"FcRegionId":"cn-hangzhou","FunctionName":"fn",…}}`.
 */
export const BackendConfigSchema = z.object({
  Type: ciEnum(BACKEND_TYPES, 'Type').optional(),
  ServiceAddress: str.optional(),
  ServiceTimeout: ServiceTimeoutSchema.optional(),
  HttpTargetHostName: str.optional(),
  FunctionComputeConfig: FunctionComputeConfigSchema.optional(),
  MockConfig: z
    .object({
      MockResult: str.optional(),
      MockStatusCode: str.optional(),
      MockHeaders: z.array(MockHeaderSchema).optional(),
    })
    .optional(),
  OssConfig: z.object({ BucketName: str.optional(), OssRegionId: str.optional() }).optional(),
  VpcConfig: z.record(z.string(), z.unknown()).optional(),
  EventBridgeConfig: z.record(z.string(), z.unknown()).optional(),
})
export type BackendConfig = z.output<typeof BackendConfigSchema>

/** What a backend model must carry for its backend type, or null when it is complete. */
export function backendModelProblem(type: string, config: BackendConfig): string | null {
  if (config.Type !== undefined && config.Type !== type)
    return `Type '${config.Type}' does not match the backend's type ${type}.`
  if (type.startsWith('FC_EVENT') && !config.FunctionComputeConfig?.FunctionName)
    return 'An event-function backend needs FunctionComputeConfig.FunctionName.'
  if (type.startsWith('FC_HTTP') && !config.FunctionComputeConfig?.FcBaseUrl)
    return 'An HTTP-function backend needs FunctionComputeConfig.FcBaseUrl (the HTTP trigger’s internal URL).'
  if ((type === 'HTTP' || type === 'VPC') && !config.ServiceAddress && !config.VpcConfig)
    return `A ${type} backend needs ServiceAddress.`
  return null
}

/**
 * Cross-field rules of an API's request definition, or null when it is consistent: parameter names are
 * unique (the cloud's `DuplicateRequestParamaters`), a PATH parameter names a `[segment]` of the path,
 * and in the MAPPING modes every `[segment]` is declared as a PATH parameter.
 */
export function requestParametersProblem(
  config: Pick<RequestConfig, 'RequestPath' | 'RequestMode'>,
  parameters: readonly Pick<RequestParameter, 'ApiParameterName' | 'Location'>[],
): { kind: 'duplicate'; name: string } | { kind: 'invalid'; message: string } | null {
  const names = parameters.map((p) => p.ApiParameterName)
  const duplicate = names.find((name, i) => names.indexOf(name) !== i)
  if (duplicate !== undefined) return { kind: 'duplicate', name: duplicate }
  const inPath = pathParameterNames(config.RequestPath)
  const declared = parameters.filter((p) => p.Location === 'PATH').map((p) => p.ApiParameterName)
  const stray = declared.find((name) => !inPath.includes(name))
  if (stray !== undefined)
    return {
      kind: 'invalid',
      message: `PATH parameter '${stray}' does not appear as [${stray}] in RequestPath.`,
    }
  const undeclared = inPath.find((name) => !declared.includes(name))
  if (undeclared !== undefined && config.RequestMode !== 'PASSTHROUGH')
    return {
      kind: 'invalid',
      message: `RequestPath has [${undeclared}] but RequestParameters declares no PATH parameter '${undeclared}' (required in ${config.RequestMode} mode).`,
    }
  return null
}

// Teach normalizeKeys (rules.ts) every PascalCase key these structures use.
for (const schema of [
  RequestConfigSchema,
  ServiceConfigSchema,
  RequestParameterSchema,
  ServiceParameterMapSchema,
  ConstantParameterSchema,
  SystemParameterSchema,
  BackendConfigSchema,
  MockHeaderSchema,
])
  registerKeys(schema)
registerKeys(FunctionComputeConfigSchema.in as z.ZodObject)
registerKeys(ServiceParameterSchema.in as z.ZodObject)
