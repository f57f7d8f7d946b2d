/**
 * Validation of a trigger's `triggerConfig` and event-source fields by `triggerType`. seed 004 only says
 * the config is "Event source specific … different according to trigger type" and that sourceArn and
 * invocationRole are "optional for some triggers"; the rules below follow FC 2.0's trigger pages:
 * - http: `{authType: anonymous|function, methods: [...]}`, no event source; one per function;
 * - timer: `{cronExpression, enable, payload?}`, no event source;
 * - eventbridge: its own rules object, no event source here;
 * - oss, log, cdn_events, tablestore, mns_topic, rds: an event source — `sourceArn` and the
 *   `invocationRole` the source assumes — are required; oss checks its events list.
 * Other configs are kept as sent (the emulator stores them; it has no OSS, SLS, … to fire them).
 */
import {
  HttpTriggerConfigSchema,
  OssTriggerConfigSchema,
  TimerTriggerConfigSchema,
  type TriggerType,
} from '../../../cloud-api/fc2'
import { invalidArgument } from '../../http/errors'
import { describeIssue } from '../../http/request'

const NO_EVENT_SOURCE: readonly string[] = ['http', 'timer', 'eventbridge']

const SCHEMAS = {
  http: HttpTriggerConfigSchema,
  timer: TimerTriggerConfigSchema,
  oss: OssTriggerConfigSchema,
} as const

/** The config to store: parsed (known types) or as sent; InvalidArgument naming the field otherwise. */
export function checkTriggerConfig(type: TriggerType | string, config: Record<string, unknown>) {
  const schema = SCHEMAS[type as keyof typeof SCHEMAS]
  if (!schema) return config
  const result = schema.safeParse(config)
  if (result.success) return result.data as Record<string, unknown>
  const issue = result.error.issues[0]
  if (!issue) throw invalidArgument('triggerConfig is invalid.')
  throw invalidArgument(
    describeIssue({ ...issue, path: ['triggerConfig', ...issue.path] }, { triggerConfig: config }),
  )
}

/** sourceArn / invocationRole where the trigger type has an event source. */
export function checkEventSource(type: string, sourceArn: string, invocationRole: string): void {
  if (NO_EVENT_SOURCE.includes(type)) return
  if (sourceArn === '') throw invalidArgument(`sourceArn is required for a ${type} trigger.`)
  if (!/^acs:[\w-]+:[\w-]*:\d*:.+$/.test(sourceArn))
    throw invalidArgument(
      `sourceArn must be an ARN like acs:oss:cn-hangzhou:1234567890:mybucket, not '${sourceArn}'.`,
    )
  if (invocationRole === '')
    throw invalidArgument(
      `invocationRole is required for a ${type} trigger: the role the event source assumes.`,
    )
}
