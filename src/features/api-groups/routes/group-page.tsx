import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { DescribeApiGroupResponse } from '@/cloud-api/cloudapi'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { EditIcon, PlusIcon, TrashIcon } from '@/components/ui/icons'
import { KeyValueList } from '@/components/ui/key-value-list'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { Panel } from '@/components/ui/panel'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { useApiGroup } from '../api/get-group'
import { useModifyApiGroup } from '../api/modify-group'
import { CallGroupPanel } from '../components/call-group-panel'
import { DeleteGroupDialog } from '../components/delete-group-dialog'
import { GroupFormDialog } from '../components/group-form-dialog'

/** /api-groups/:groupId — the group: its subdomain, how to call it, its APIs; edit and delete. */
export function Component() {
  const groupId = useParams().groupId ?? ''
  return <GroupPage key={groupId} groupId={groupId} />
}

function GroupPage({ groupId }: { groupId: string }) {
  const group = useApiGroup(groupId)
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const name = group.data?.GroupName ?? groupId
  const breadcrumbs = [{ label: 'API Groups', href: paths.apiGroups }, { label: name }]
  const title = <title>{`${name} · API Groups · API Gateway`}</title>

  if (group.isError) {
    const error = toApiError(group.error)
    const missing = error.code.startsWith('NotFound')
    return (
      <>
        {title}
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <ErrorPanel
          title={missing ? 'This API group does not exist' : 'The API group could not be loaded'}
          error={error}
          action={
            <div className="row">
              <ButtonLink href={paths.apiGroups}>Back to API Groups</ButtonLink>
              {!missing && <Button onClick={() => group.refetch()}>Retry</Button>}
            </div>
          }
        />
      </>
    )
  }

  return (
    <>
      {title}
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        meta={group.data && <Badge tone="accent">{group.data.InstanceType}</Badge>}
        description={group.data?.Description || undefined}
        actions={
          <>
            <Button icon={<EditIcon />} onClick={() => setEditing(true)} disabled={!group.data}>
              Edit Group
            </Button>
            <Button icon={<TrashIcon />} onClick={() => setDeleting(true)} disabled={!group.data}>
              Delete Group
            </Button>
          </>
        }
      />
      {group.isPending ? (
        <div className="panel panel--loading" aria-busy="true">
          <span className="skeleton" />
          <span className="skeleton" />
          <span className="sr-only">Loading the API group…</span>
        </div>
      ) : (
        <GroupDetails group={group.data} />
      )}
      {group.data && <EditGroupDialog group={group.data} open={editing} onClose={() => setEditing(false)} />}
      <DeleteGroupDialog
        group={deleting && group.data ? group.data : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.apiGroups)}
      />
    </>
  )
}

function GroupDetails({ group }: { group: DescribeApiGroupResponse }) {
  return (
    <div className="stack">
      <Panel
        title="Basic Information"
        actions={
          <>
            <ButtonLink size="sm" href={paths.apis(group.GroupId)}>
              Manage APIs
            </ButtonLink>
            <ButtonLink size="sm" variant="primary" icon={<PlusIcon />} href={paths.createApi(group.GroupId)}>
              Create API
            </ButtonLink>
          </>
        }
      >
        <KeyValueList
          items={[
            { label: 'Group ID', value: group.GroupId, copy: group.GroupId, mono: true },
            { label: 'Region', value: group.RegionId, mono: true },
            { label: 'Instance', value: `${group.InstanceId} (${group.InstanceType})`, mono: true },
            { label: 'BasePath', value: group.BasePath, mono: true },
            { label: 'Traffic Limit', value: `${group.TrafficLimit} QPS` },
            { label: 'Status', value: group.Status },
            { label: 'Created', value: formatDateTime(group.CreatedTime) },
            { label: 'Last Modified', value: formatDateTime(group.ModifiedTime) },
          ]}
        />
      </Panel>
      <CallGroupPanel subDomain={group.SubDomain} />
    </div>
  )
}

function EditGroupDialog({
  group,
  open,
  onClose,
}: {
  group: DescribeApiGroupResponse
  open: boolean
  onClose: () => void
}) {
  const modify = useModifyApiGroup()
  const toast = useToast()
  const close = () => {
    modify.reset()
    onClose()
  }
  return (
    <GroupFormDialog
      open={open}
      title="Edit Group"
      initial={{ GroupName: group.GroupName, BasePath: group.BasePath, Description: group.Description }}
      pending={modify.isPending}
      error={modify.error}
      onClose={close}
      onSubmit={(values) =>
        modify.mutate(
          { GroupId: group.GroupId, ...values },
          {
            onSuccess: () => {
              toast({ title: `Group ${values.GroupName} saved` })
              close()
            },
          },
        )
      }
    />
  )
}
