/**
 * The contract of API Gateway (CloudAPI 2016-07-14 control plane + the gateway data plane), shared by
 * the console's forms and hooks and the emulator's validation (ARCHITECTURE.md principle 2).
 *
 *   cloudapi/constants.ts  enumerations (stages, backend types, methods, modes …)
 *   cloudapi/rules.ts      validation rules + messages (GroupName, ApiName, paths, ServiceTimeout …)
 *   cloudapi/config.ts     the JSON-string structures (RequestConfig, ServiceConfig, BackendModelData …)
 *   cloudapi/requests.ts   each action's parameters (flat strings, as the RPC wire carries them)
 *   cloudapi/responses.ts  each action's response body, the POP error body
 *   cloudapi/gateway.ts    data plane: subdomain, headers, event, envelope check, gateway errors, traces
 *   cloudapi/apps.ts       apps (AppKey/AppSecret/AppCode) and their authorization per API and stage
 *   cloudapi/access-control.ts  IP control lists and traffic control (throttling) policies
 *   cloudapi/cidr.ts       IP addresses and CIDR blocks (parse, match) of IP control policies
 *   cloudapi/event-formats.ts  emulator-only event formats (Alibaba, Tencent SCF, AWS v1/v2; issue 7)
 */
export * from './cloudapi/access-control'
export * from './cloudapi/apps'
export * from './cloudapi/cidr'
export * from './cloudapi/config'
export * from './cloudapi/constants'
export * from './cloudapi/event-formats'
export * from './cloudapi/gateway'
export * from './cloudapi/requests'
export * from './cloudapi/responses'
export * from './cloudapi/rules'
