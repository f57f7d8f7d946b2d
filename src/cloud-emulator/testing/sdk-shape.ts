/**
 * Checks a CloudAPI response body against the official SDK model (`@alicloud/cloudapi20160714`
 * `<Action>ResponseBody`, its `names()` and `types()`): every field the emulator sends must be one the
 * SDK knows, with the SDK's type, recursively. (Fields the SDK knows and the emulator leaves out are
 * fine: the SDK treats every field as optional.)
 */
import * as $CloudAPI from '@alicloud/cloudapi20160714'

interface ModelClass {
  names(): Record<string, string>
  types(): Record<string, unknown>
}

const models = $CloudAPI as unknown as Record<string, ModelClass | undefined>

function check(type: unknown, value: unknown, path: string, problems: string[]): void {
  if (value === undefined || value === null) return
  if (typeof type === 'string') {
    if (type === 'any') return
    if (typeof value !== type) problems.push(`${path}: SDK type ${type}, got ${typeof value}`)
    return
  }
  if (typeof type === 'function') {
    checkModel(type as unknown as ModelClass, value, path, problems)
    return
  }
  const descriptor = type as { type?: string; itemType?: unknown; valueType?: unknown }
  if (descriptor.type === 'array') {
    if (!Array.isArray(value)) problems.push(`${path}: SDK type array, got ${typeof value}`)
    else for (const [i, item] of value.entries()) check(descriptor.itemType, item, `${path}[${i}]`, problems)
  } else if (descriptor.type === 'map') {
    if (typeof value !== 'object') problems.push(`${path}: SDK type map, got ${typeof value}`)
  }
}

function checkModel(model: ModelClass, value: unknown, path: string, problems: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: SDK expects an object`)
    return
  }
  const names = model.names()
  const types = model.types()
  const byWire = new Map(Object.entries(names).map(([prop, wire]) => [wire, prop]))
  for (const [key, inner] of Object.entries(value)) {
    const prop = byWire.get(key)
    if (prop === undefined) problems.push(`${path}.${key}: not in the SDK model`)
    else check(types[prop], inner, `${path}.${key}`, problems)
  }
}

/** Problems of `body` against `<action>ResponseBody`; empty when the SDK would read all of it. */
export function sdkShapeProblems(action: string, body: unknown): string[] {
  const model = models[`${action}ResponseBody`]
  if (!model) return [`no SDK model ${action}ResponseBody`]
  const problems: string[] = []
  checkModel(model, body, action, problems)
  return problems
}
