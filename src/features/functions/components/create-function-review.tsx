import { KeyValueList } from '@/components/ui/key-value-list'
import { Panel } from '@/components/ui/panel'
import { formatBytes } from '@/lib/format'
import { type CreateFunctionFormValues, runtimeLabel } from '../lib/function-form'

/** The last step of Create Function: what will be sent, in the console's words. */
export function CreateFunctionReview({
  values,
  fileName,
  code,
}: {
  values: CreateFunctionFormValues
  fileName: string
  code: string
}) {
  const env = values.environmentVariables
  return (
    <Panel title="Review">
      <KeyValueList
        items={[
          { label: 'Function Type', value: 'Event Function' },
          { label: 'Function Name', value: values.functionName, mono: true },
          { label: 'Runtime', value: runtimeLabel(values.runtime) },
          { label: 'Handler', value: values.handler, mono: true },
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
