/**
 * Event formats (issue 7): how the emulated gateway talks to an event function — the event it sends
 * and how it reads the answer — as Alibaba Cloud (the default, seeds 000/002), Tencent SCF's API
 * Gateway trigger (seed 001) or AWS API Gateway's Lambda proxy integration, REST API v1 or HTTP API
 * v2 (seed 003). An emulator extension, never a real CloudAPI setting (decision 011): it travels as
 * `ServiceConfig.EmulatorEventFormat` inside CreateApi / ModifyApi's ServiceConfig JSON string, is
 * left out for `alibaba`, and is copied into every deployed snapshot with the rest of the definition.
 */
import type { StageName } from './constants'

export const EVENT_FORMATS = ['alibaba', 'tencent-scf', 'aws-rest-v1', 'aws-http-v2'] as const
export type EventFormat = (typeof EVENT_FORMATS)[number]
export const DEFAULT_EVENT_FORMAT: EventFormat = 'alibaba'

/** The ServiceConfig key that carries the format (emulator-only; the console sends it only to an emulator). */
export const EVENT_FORMAT_FIELD = 'EmulatorEventFormat'

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  alibaba: 'Alibaba Cloud API Gateway → Function Compute',
  'tencent-scf': 'Tencent Cloud API Gateway → SCF (integration request)',
  'aws-rest-v1': 'AWS API Gateway REST API → Lambda proxy (v1)',
  'aws-http-v2': 'AWS API Gateway HTTP API → Lambda proxy (payload 2.0)',
}

/** Short names for columns and badges. */
export const EVENT_FORMAT_SHORT_LABELS: Record<EventFormat, string> = {
  alibaba: 'Alibaba Cloud',
  'tencent-scf': 'Tencent SCF',
  'aws-rest-v1': 'AWS REST v1',
  'aws-http-v2': 'AWS HTTP v2',
}

/**
 * What each cloud calls our three stages. Tencent: `test` / `prepub` / `release` (seed 001: "test,
 * pre-release, and release environments"). AWS has named stages (seed 003: `/prod/`, `/dev/`) and, for
 * HTTP APIs only, `$default` served at the root path: RELEASE — the stage a call without X-Ca-Stage
 * reaches, at the root — is `$default` for HTTP APIs and `prod` for REST APIs; PRE is `staging` and
 * TEST is `test` (the console's stage labels). The mapping is ours (decision 011).
 */
export const FORMAT_STAGE_NAMES: Record<EventFormat, Record<StageName, string>> = {
  alibaba: { RELEASE: 'RELEASE', PRE: 'PRE', TEST: 'TEST' },
  'tencent-scf': { RELEASE: 'release', PRE: 'prepub', TEST: 'test' },
  'aws-rest-v1': { RELEASE: 'prod', PRE: 'staging', TEST: 'test' },
  'aws-http-v2': { RELEASE: '$default', PRE: 'staging', TEST: 'test' },
}

/** The format an API's ServiceConfig names (anything unknown or absent is Alibaba's). */
export function eventFormatOf(
  serviceConfig: { readonly EmulatorEventFormat?: string } | undefined,
): EventFormat {
  const value = serviceConfig?.EmulatorEventFormat
  return EVENT_FORMATS.find((format) => format === value?.toLowerCase()) ?? DEFAULT_EVENT_FORMAT
}

/**
 * The fixed answers of each cloud's gateway when the function fails or answers in a shape it cannot
 * read, and when it waits too long. Sources: seed 003 "Handling errors" (502 `{"message": "Internal
 * server error"}`, "If the function runs but returns an error, or returns a response in the wrong
 * format"); seed 001 (the 403 of a bad integration response; "API Gateway timeout < SCF timeout …
 * 5xx"); fixtures/peers/oracle/tencent-scfcli-expectations.json (502 `{"errorMessage":"Internal
 * error"}`). The AWS timeout answers are not in the seeds (AWS documentation; docs/emulator-fidelity.md).
 */
export const FORMAT_ERROR_BODIES = {
  awsInternal: { status: 502, body: { message: 'Internal server error' } },
  awsRestTimeout: { status: 504, body: { message: 'Endpoint request timed out' } },
  awsHttpTimeout: { status: 503, body: { message: 'Service Unavailable' } },
  tencentInvalidResponse: {
    status: 403,
    body: { errno: 403, error: 'Invalid scf response format. please check your scf response format.' },
  },
  tencentInternal: { status: 502, body: { errorMessage: 'Internal error' } },
  tencentTimeout: { status: 504, body: { errno: 504, error: 'Request backend timeout.' } },
} as const
