import { KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { formatBytes } from '@/lib/format'
import { type CreateFunctionFormValues, runtimeLabel } from '../lib/function-form'

/** The last step of Create Function: what will be sent, in the console's words. */
export function CreateFunctionReview({
  values,
  fileName,
  code,
  web = false,
}: {
  values: CreateFunctionFormValues
  fileName: string
  code: string
  web?: boolean
}) {
  const env = values.environmentVariables
  return (
    <Panel title="Review">
      <KeyValueList
        items={[
          { label: 'Function Type', value: web ? 'Web Function' : 'Event Function' },
          { label: 'Function Name', value: values.functionName, mono: true },
          { label: 'Runtime', value: web ? 'Custom Runtime (Debian 10)' : runtimeLabel(values.runtime) },
          web
            ? { label: 'Trigger', value: 'HTTP trigger (anonymous, all methods)' }
            : { label: 'Handler', value: values.handler, mono: true },
          { label: 'Memory Specifications', value: `${values.memorySize} MB` },
          { label: 'Execution Timeout Period', value: `${values.timeout} s` },
          { label: 'Description', value: values.description || '—' },
          {
            label: 'Environment Variables',
            value: env.length ? env.map((row) => row.key).join(', ') : 'None',
          },
          {
            label: 'Code',
            value: `${fileName} (${formatBytes(new TextEncoder().encode(code).length)})`,
            mono: true,
          },
        ]}
      />
    </Panel>
  )
}
