/**
 * The event formats (issue 7, decision 011), one file per cloud, all behind one interface (./types.ts).
 * The gateway picks the one the deployed snapshot names (`ServiceConfig.EmulatorEventFormat`): what a
 * stage serves changes with DeployApi, like the rest of the definition.
 */
import { type EventFormat, eventFormatOf } from '../../../cloud-api/cloudapi'
import type { DeploymentRecord } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { alibabaFormat } from './alibaba'
import { awsHttpV2Format } from './aws-http-v2'
import { awsRestV1Format } from './aws-rest-v1'
import { tencentScfFormat } from './tencent-scf'
import type { EventFormatAdapter } from './types'

export type { EventFormatAdapter, FormatContext, FunctionResult, MappedAnswer } from './types'

export const EVENT_FORMAT_ADAPTERS: Record<EventFormat, EventFormatAdapter> = {
  alibaba: alibabaFormat,
  'tencent-scf': tencentScfFormat,
  'aws-rest-v1': awsRestV1Format,
  'aws-http-v2': awsHttpV2Format,
}

/** The format of a deployed snapshot. */
export function formatOf(deployment: DeepReadonly<DeploymentRecord>): EventFormatAdapter {
  return EVENT_FORMAT_ADAPTERS[eventFormatOf(deployment.Definition.ServiceConfig)]
}
