import { z } from 'zod'
import {
  APP_CODE_AUTH_TYPES,
  ApiNameSchema,
  CLOUDAPI_LIMITS,
  type DescribeApiResponse,
  DescriptionSchema,
  EVENT_FORMATS,
  eventFormatOf,
  FC_TYPES,
  PARAMETER_LOCATIONS,
  PARAMETER_TYPES,
  pathParameterNames,
  REQUEST_HTTP_METHODS,
  REQUEST_MODES,
  RESULT_TYPES,
  RequestPathSchema,
  requestParametersProblem,
  ServiceTimeoutSchema,
  VISIBILITIES,
} from '@/cloud-api/cloudapi'
import type { ApiDefinitionInput } from '@/lib/cloud/apis'

/**
 * The Create API / Edit API form (seed 000 Step 2 "Create and publish an API"), in four steps:
 * basic information, request definition, backend service, response definition. Built from the
 * contract's rules, so the inline messages are the API's own.
 */
export const API_FORM_STEPS = [
  'Basic Information',
  'Define API Request',
  'Define Backend Service',
  'Define Response',
] as const

export const PROTOCOLS = ['HTTP', 'HTTPS', 'HTTP,HTTPS'] as const

const parameterSchema = z.object({
  // A blank row is allowed and left out: a new row must not show an error before it is filled in.
  name: z
    .string()
    .regex(
      /^([A-Za-z_][A-Za-z0-9_-]{0,49})?$/,
      'A parameter name: letters, digits, _ and -, starting with a letter.',
    ),
  location: z.enum(PARAMETER_LOCATIONS),
  type: z.enum(PARAMETER_TYPES),
  required: z.boolean(),
  defaultValue: z.string(),
  description: z.string(),
})
export type ParameterRow = z.infer<typeof parameterSchema>

export const apiFormSchema = z
  .object({
    groupId: z.string().min(1, 'Choose the API group the API belongs to.'),
    apiName: ApiNameSchema,
    authType: z.enum(['ANONYMOUS', 'APP']),
    appCodeAuthType: z.enum(APP_CODE_AUTH_TYPES),
    visibility: z.enum(VISIBILITIES),
    description: DescriptionSchema,
    protocol: z.enum(PROTOCOLS),
    requestPath: RequestPathSchema,
    method: z.enum(REQUEST_HTTP_METHODS),
    requestMode: z.enum(REQUEST_MODES),
    parameters: z.array(parameterSchema),
    fcType: z.enum(FC_TYPES),
    backendId: z.string().min(1, 'Choose the backend service that points at your function.'),
    serviceTimeout: ServiceTimeoutSchema,
    /** emulator-only (issue 7): the field is shown, and sent, only when an emulator answers */
    eventFormat: z.enum(EVENT_FORMATS),
    resultType: z.enum(RESULT_TYPES),
    resultSample: z.string(),
    failResultSample: z.string(),
  })
  .superRefine((values, ctx) => {
    const problem = requestParametersProblem(
      { RequestPath: values.requestPath, RequestMode: values.requestMode },
      values.parameters
        .filter((p) => p.name !== '')
        .map((p) => ({ ApiParameterName: p.name, Location: p.location })),
    )
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameters'],
        message:
          problem.kind === 'duplicate'
            ? `The parameter '${problem.name}' is declared twice.`
            : problem.message,
      })
    }
  })
export type ApiFormValues = z.input<typeof apiFormSchema>
export type ApiFormOutput = z.output<typeof apiFormSchema>

/** Which fields each step owns, for validating one step before moving on. */
export const STEP_FIELDS = [
  ['groupId', 'apiName', 'authType', 'appCodeAuthType', 'visibility', 'description'],
  ['protocol', 'requestPath', 'method', 'requestMode', 'parameters'],
  ['fcType', 'backendId', 'serviceTimeout', 'eventFormat'],
  ['resultType', 'resultSample', 'failResultSample'],
] as const satisfies ReadonlyArray<ReadonlyArray<keyof ApiFormValues>>

export const API_FORM_DEFAULTS: ApiFormValues = {
  groupId: '',
  apiName: '',
  authType: 'ANONYMOUS',
  // Seed 002 Step 5 calls with `Authorization: APPCODE …`: the header, not the query, by default.
  appCodeAuthType: 'HEADER',
  visibility: 'PUBLIC',
  description: '',
  protocol: 'HTTP',
  requestPath: '/',
  method: 'GET',
  requestMode: 'PASSTHROUGH',
  parameters: [],
  fcType: 'FCEvent',
  backendId: '',
  serviceTimeout: CLOUDAPI_LIMITS.serviceTimeoutDefault,
  eventFormat: 'alibaba',
  resultType: 'JSON',
  resultSample: '',
  failResultSample: '',
}

/**
 * Keeps one PATH row per `[param]` of the request path (in path order, required), and every other
 * row as it is: path parameters are derived, never typed twice.
 */
export function syncPathParameters(path: string, rows: readonly ParameterRow[]): ParameterRow[] {
  const names = pathParameterNames(path)
  const pathRows = names.map(
    (name) =>
      rows.find((r) => r.location === 'PATH' && r.name === name) ?? {
        name,
        location: 'PATH' as const,
        type: 'String' as const,
        required: true,
        defaultValue: '',
        description: '',
      },
  )
  return [...pathRows, ...rows.filter((r) => r.location !== 'PATH')]
}

export function toDefinitionInput(values: ApiFormOutput): ApiDefinitionInput {
  return {
    groupId: values.groupId,
    apiName: values.apiName,
    description: values.description,
    authType: values.authType,
    appCodeAuthType: values.appCodeAuthType,
    visibility: values.visibility,
    protocol: values.protocol,
    method: values.method,
    path: values.requestPath,
    requestMode: values.requestMode,
    parameters: values.parameters
      .filter((p) => p.name !== '')
      .map((p) => ({
        name: p.name,
        location: p.location,
        type: p.type,
        required: p.required,
        defaultValue: p.defaultValue,
        description: p.description,
      })),
    fcType: values.fcType,
    backendId: values.backendId,
    serviceTimeout: values.serviceTimeout,
    eventFormat: values.eventFormat,
    resultType: values.resultType,
    resultSample: values.resultSample,
    failResultSample: values.failResultSample,
  }
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback)
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.find((v) => typeof value === 'string' && v.toUpperCase() === value.toUpperCase()) ?? fallback

/** The form's values for an API as DescribeApi returns it (Edit API). */
export function formValuesOf(api: DescribeApiResponse): ApiFormValues {
  const request = api.RequestConfig
  const timeout = Number(api.ServiceConfig.ServiceTimeout)
  return {
    groupId: api.GroupId,
    apiName: api.ApiName,
    authType: api.AuthType === 'APP' ? 'APP' : 'ANONYMOUS',
    appCodeAuthType: oneOf(APP_CODE_AUTH_TYPES, api.AppCodeAuthType, 'DEFAULT'),
    visibility: oneOf(VISIBILITIES, api.Visibility, 'PUBLIC'),
    description: api.Description,
    protocol: oneOf(PROTOCOLS, request.RequestProtocol, 'HTTP'),
    requestPath: text(request.RequestPath, '/'),
    method: oneOf(REQUEST_HTTP_METHODS, request.RequestHttpMethod, 'GET'),
    requestMode: oneOf(REQUEST_MODES, request.RequestMode, 'PASSTHROUGH'),
    parameters: api.RequestParameters.RequestParameter.map((p) => ({
      name: text(p.ApiParameterName),
      location: oneOf(PARAMETER_LOCATIONS, p.Location, 'QUERY'),
      type: oneOf(PARAMETER_TYPES, p.ParameterType, 'String'),
      required: p.Required === 'REQUIRED',
      defaultValue: text(p.DefaultValue),
      description: text(p.Description),
    })),
    fcType: oneOf(
      FC_TYPES,
      (api.ServiceConfig as { FunctionComputeConfig?: { FcType?: unknown } }).FunctionComputeConfig?.FcType,
      'FCEvent',
    ),
    backendId: api.BackendConfig?.BackendId ?? '',
    serviceTimeout: Number.isFinite(timeout) ? timeout : CLOUDAPI_LIMITS.serviceTimeoutDefault,
    eventFormat: eventFormatOf(api.ServiceConfig as { EmulatorEventFormat?: string }),
    resultType: oneOf(RESULT_TYPES, api.ResultType, 'JSON'),
    resultSample: api.ResultSample,
    failResultSample: api.FailResultSample,
  }
}
