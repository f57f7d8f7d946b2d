import type { DescribeApiResponse } from '@/cloud-api/cloudapi'
import { CodeBlock } from '@/components/ui/code-block'
import { KeyValueList } from '@/components/ui/key-value-list'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { formValuesOf } from '../lib/api-form'
import {
  APP_CODE_AUTH_TYPE_LABELS,
  AUTH_TYPE_LABELS,
  LOCATION_LABELS,
  REQUEST_MODE_LABELS,
} from '../lib/labels'

/** The API's current definition (DescribeApi), grouped as the create form's steps. */
export function DefinitionTab({ api }: { api: DescribeApiResponse }) {
  const values = formValuesOf(api)
  const parameters = values.parameters
  return (
    <div className="stack">
      <Panel title="Basic Information">
        <KeyValueList
          items={[
            { label: 'API ID', value: api.ApiId, copy: api.ApiId, mono: true },
            {
              label: 'Group',
              value: <AppLink href={paths.apiGroupDetail(api.GroupId)}>{api.GroupName}</AppLink>,
            },
            { label: 'Security Authentication', value: AUTH_TYPE_LABELS[api.AuthType] ?? api.AuthType },
            ...(values.authType === 'APP'
              ? [
                  {
                    label: 'AppCode Authentication',
                    value: APP_CODE_AUTH_TYPE_LABELS[values.appCodeAuthType],
                  },
                ]
              : []),
            { label: 'API Type', value: api.Visibility === 'PRIVATE' ? 'Private' : 'Public' },
            { label: 'Created', value: formatDateTime(api.CreatedTime) },
            { label: 'Last Modified', value: formatDateTime(api.ModifiedTime) },
            { label: 'Description', value: api.Description || '—', wide: true },
          ]}
        />
      </Panel>
      <Panel title="API Request">
        <div className="stack">
          <KeyValueList
            items={[
              { label: 'Protocol', value: values.protocol },
              { label: 'HTTP Method', value: values.method, mono: true },
              { label: 'Request Path', value: values.requestPath, mono: true, copy: values.requestPath },
              { label: 'Request Mode', value: REQUEST_MODE_LABELS[values.requestMode] },
            ]}
          />
          {parameters.length > 0 && (
            <div className="table-wrap">
              <table className="table" aria-label="Request Parameters">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Location</th>
                    <th scope="col">Type</th>
                    <th scope="col">Required</th>
                    <th scope="col">Default Value</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {parameters.map((p) => (
                    <tr key={`${p.location}:${p.name}`}>
                      <td className="mono">{p.name}</td>
                      <td>{LOCATION_LABELS[p.location]}</td>
                      <td>{p.type}</td>
                      <td>{p.required ? 'Yes' : 'No'}</td>
                      <td className="mono">{p.defaultValue || '—'}</td>
                      <td className="wrap">{p.description || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </Panel>
      <Panel title="Backend Service">
        <KeyValueList
          items={[
            {
              label: 'Configuration Mode',
              value: api.BackendEnable ? 'Use Existing Backend Service' : 'Custom',
            },
            {
              label: 'Backend Service',
              value: api.BackendConfig ? (
                <AppLink href={paths.backendDetail(api.BackendConfig.BackendId)}>
                  {api.BackendConfig.BackendName}
                </AppLink>
              ) : (
                '—'
              ),
            },
            {
              label: 'Backend Service Type',
              value: `Function Compute 3.0 · ${values.fcType === 'HttpTrigger' ? 'Web' : 'Event'} Function`,
            },
            { label: 'Backend Timeout', value: `${String(values.serviceTimeout)} ms` },
          ]}
        />
      </Panel>
      <Panel title="Response">
        <div className="stack">
          <KeyValueList items={[{ label: 'Response ContentType', value: api.ResultType }]} />
          {api.ResultSample && <CodeBlock>{api.ResultSample}</CodeBlock>}
        </div>
      </Panel>
    </div>
  )
}
