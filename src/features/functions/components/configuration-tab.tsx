import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { Fc3Function } from '@/cloud-api/fc3'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { formatBytes, formatDateTime } from '@/lib/format'
import { useUpdateFunction } from '../api/update-function'
import { recordToRows, rowsToRecord } from '../lib/env-vars'
import { type FunctionSettingsValues, functionSettingsSchema } from '../lib/function-form'
import { FunctionSettingsFields } from './function-settings-fields'

type Output = z.output<typeof functionSettingsSchema>

function valuesOf(fn: Fc3Function): FunctionSettingsValues {
  return {
    runtime: fn.runtime as FunctionSettingsValues['runtime'],
    handler: fn.handler,
    memorySize: fn.memorySize,
    timeout: fn.timeout,
    description: fn.description,
    environmentVariables: recordToRows(fn.environmentVariables),
  }
}

/** The Configuration tab: the function's settings (UpdateFunction) and its read-only facts. */
export function ConfigurationTab({ fn }: { fn: Fc3Function }) {
  const toast = useToast()
  const update = useUpdateFunction(fn.functionName)
  // `values` follows the function when it changes elsewhere (Deploy, another tab) without wiping
  // fields the user is editing (keepDirtyValues).
  const values = useMemo(() => valuesOf(fn), [fn])
  const form = useForm<FunctionSettingsValues, unknown, Output>({
    resolver: zodResolver(functionSettingsSchema),
    values,
    resetOptions: { keepDirtyValues: true },
    mode: 'onTouched',
  })

  const save = (values: Output) =>
    update.mutate(
      {
        runtime: values.runtime,
        handler: values.handler,
        memorySize: values.memorySize,
        timeout: values.timeout,
        description: values.description,
        environmentVariables: rowsToRecord(values.environmentVariables),
      },
      {
        onSuccess: (updated) => {
          form.reset(valuesOf(updated))
          toast({
            title: 'Configuration saved',
            description: `${updated.functionName} uses the new settings.`,
          })
        },
      },
    )

  return (
    <div className="stack">
      <FormProvider {...form}>
        <form noValidate aria-label="Basic Settings" onSubmit={form.handleSubmit(save)}>
          <Panel
            title="Basic Settings"
            actions={
              <>
                <Button
                  size="sm"
                  onClick={() => {
                    form.reset(valuesOf(fn))
                    update.reset()
                  }}
                  disabled={!form.formState.isDirty || update.isPending}
                >
                  Discard Changes
                </Button>
                <Button
                  size="sm"
                  type="submit"
                  variant="primary"
                  loading={update.isPending}
                  disabled={!form.formState.isDirty}
                >
                  Save
                </Button>
              </>
            }
          >
            <div className="stack">
              <FunctionSettingsFields currentRuntime={fn.runtime} />
              {update.error && (
                <ErrorPanel title="The configuration was not saved" error={toApiError(update.error)} />
              )}
            </div>
          </Panel>
        </form>
      </FormProvider>

      <Panel title="Function Properties">
        <KeyValueList
          items={[
            { label: 'Function Name', value: fn.functionName, copy: fn.functionName, mono: true },
            { label: 'Function ID', value: fn.functionId, copy: fn.functionId, mono: true },
            { label: 'Function ARN', value: fn.functionArn, copy: fn.functionArn, mono: true, wide: true },
            { label: 'Code Size', value: formatBytes(fn.codeSize) },
            { label: 'Code Checksum', value: fn.codeChecksum, copy: fn.codeChecksum, mono: true },
            { label: 'State', value: fn.state || '—' },
            { label: 'Last Update Status', value: fn.lastUpdateStatus || '—' },
            { label: 'Created At', value: formatDateTime(fn.createdTime) },
            { label: 'Last Modified', value: formatDateTime(fn.lastModifiedTime) },
          ]}
        />
      </Panel>
    </div>
  )
}
