import { useState } from 'react'
import type { z } from 'zod'
import {
  DescriptionSchema,
  FC2_LIMITS,
  type Fc2Function,
  type Fc2Runtime,
  FunctionNameSchema,
  HandlerSchema,
  MemorySizeSchema,
  TimeoutSchema,
} from '@/cloud-api/fc2'
import { Button } from '@/components/ui/button'
import { CodeEditor } from '@/components/ui/code-editor/code-editor'
import { ErrorPanel } from '@/components/ui/error-panel'
import { NumberField, Select, TextField } from '@/components/ui/field'
import { ButtonLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { toApiError } from '@/lib/api-error'
import { textFile, zipToBase64 } from '@/lib/zip'
import { useCreateServiceFunction } from '../api/functions'
import { useCreateTrigger } from '../api/triggers'
import { servicePaths } from '../lib/paths'
import { type FunctionKind, handlerFile, RUNTIME_OPTIONS, starterCode } from '../lib/templates'
import { PythonNotice } from './python-notice'

const KINDS: ReadonlyArray<{ value: FunctionKind; label: string; hint: string }> = [
  {
    value: 'event',
    label: 'Event function',
    hint: 'Invoked with an event (InvokeFunction, API Gateway, timers …).',
  },
  {
    value: 'http',
    label: 'HTTP function',
    hint: 'Answers HTTP requests through an anonymous HTTP trigger, created with it.',
  },
]

const problem = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.message
}

/**
 * Create Function in a service (FC 2.0 CreateFunction): name, runtime (Node.js or Python), type, handler,
 * memory, timeout, description, and the code from the runtime's template, editable before creating.
 * An HTTP function gets its HTTP trigger (anonymous, every method) right after.
 */
export function CreateFunctionForm({
  service,
  onCreated,
}: {
  service: string
  onCreated: (fn: Fc2Function) => void
}) {
  const [name, setName] = useState('')
  const [runtime, setRuntime] = useState<Fc2Runtime>(RUNTIME_OPTIONS[0]?.value ?? 'nodejs20')
  const [kind, setKind] = useState<FunctionKind>('event')
  const [handler, setHandler] = useState('index.handler')
  const [memory, setMemory] = useState(String(FC2_LIMITS.memoryDefault))
  const [timeout, setTimeout] = useState(String(FC2_LIMITS.timeoutDefault))
  const [description, setDescription] = useState('')
  const [code, setCode] = useState(() => starterCode(RUNTIME_OPTIONS[0]?.value ?? 'nodejs20', 'event'))
  const [submitted, setSubmitted] = useState(false)
  const create = useCreateServiceFunction(service)
  const trigger = useCreateTrigger(service, name)

  const errors = {
    name: problem(FunctionNameSchema, name),
    handler: problem(HandlerSchema, handler),
    memory: problem(MemorySizeSchema, Number(memory)),
    timeout: problem(TimeoutSchema, Number(timeout)),
    description: problem(DescriptionSchema, description),
  }
  const shown = (key: keyof typeof errors) => (submitted ? errors[key] : undefined)
  // Switching runtime or type swaps the template unless the code was edited.
  const retemplate = (nextRuntime: Fc2Runtime, nextKind: FunctionKind) => {
    if (code === starterCode(runtime, kind)) setCode(starterCode(nextRuntime, nextKind))
    setRuntime(nextRuntime)
    setKind(nextKind)
  }

  const submit = () => {
    setSubmitted(true)
    if (Object.values(errors).some(Boolean)) return
    create.mutate(
      {
        functionName: name,
        runtime,
        handler,
        memorySize: Number(memory),
        timeout: Number(timeout),
        description,
        code: { zipFile: zipToBase64({ [handlerFile(handler, runtime)]: textFile(code) }) },
      },
      {
        onSuccess: ({ data }) => {
          if (kind !== 'http') return onCreated(data)
          trigger.mutate(
            {
              triggerName: 'http-trigger',
              triggerType: 'http',
              triggerConfig: {
                authType: 'anonymous',
                methods: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH'],
              },
            },
            { onSettled: () => onCreated(data) },
          )
        },
      },
    )
  }

  const apiError = create.error ? toApiError(create.error) : null
  return (
    <form
      aria-label="Create Function"
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Panel title="Basic Settings">
        <div className="stack">
          <TextField
            label="Function Name"
            required
            autoComplete="off"
            spellCheck={false}
            value={name}
            onChange={(event) => setName(event.target.value)}
            hint="Letters, digits, underscores (_) and hyphens (-); 1 to 64 characters; cannot start with a digit or a hyphen."
            error={
              shown('name') ?? (apiError?.code === 'FunctionAlreadyExists' ? apiError.message : undefined)
            }
          />
          <Select
            label="Runtime"
            options={RUNTIME_OPTIONS}
            value={runtime}
            onChange={(e) => retemplate(e.target.value as Fc2Runtime, kind)}
          />
          <PythonNotice runtime={runtime} />
          <fieldset className="choice-row">
            <legend className="field__label">Function Type</legend>
            {KINDS.map((k) => (
              <label key={k.value} className="choice-row__option" title={k.hint}>
                <input
                  type="radio"
                  name="function-kind"
                  value={k.value}
                  checked={kind === k.value}
                  onChange={() => retemplate(runtime, k.value)}
                />
                {k.label}
              </label>
            ))}
          </fieldset>
          <TextField
            label="Handler"
            required
            spellCheck={false}
            value={handler}
            onChange={(event) => setHandler(event.target.value)}
            hint={`<file>.<function>: the code below is saved as ${handlerFile(handler, runtime)}.`}
            error={shown('handler')}
          />
          <div className="grid-2">
            <NumberField
              label="Memory"
              suffix="MB"
              value={memory}
              onChange={(event) => setMemory(event.target.value)}
              hint={`A multiple of ${FC2_LIMITS.memoryStep} between ${FC2_LIMITS.memoryMin} and ${FC2_LIMITS.memoryMax} MB.`}
              error={shown('memory')}
            />
            <NumberField
              label="Timeout"
              suffix="s"
              value={timeout}
              onChange={(event) => setTimeout(event.target.value)}
              hint={`${FC2_LIMITS.timeoutMin} to ${FC2_LIMITS.timeoutMax} seconds.`}
              error={shown('timeout')}
            />
          </div>
          <TextField
            label="Description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={shown('description')}
          />
        </div>
      </Panel>
      <Panel title="Code">
        <CodeEditor
          docKey={`${runtime}-${kind}`}
          value={code}
          onChange={setCode}
          language="javascript"
          label={`Code editor: ${handlerFile(handler, runtime)}`}
          height={320}
        />
      </Panel>
      {apiError && apiError.code !== 'FunctionAlreadyExists' && (
        <ErrorPanel title="The function was not created" error={apiError} />
      )}
      <div className="form-actions">
        <ButtonLink href={servicePaths.service(service)}>Cancel</ButtonLink>
        <Button type="submit" variant="primary" loading={create.isPending || trigger.isPending}>
          Create Function
        </Button>
      </div>
    </form>
  )
}
