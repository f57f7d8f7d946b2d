import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { RefreshIcon } from '@/components/ui/icons'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { useConsoleMode } from '../api/get-emulator-health'
import { useResetEmulator } from '../api/reset-emulator'

/** Shown only when an emulator is behind /api: the real cloud has no demo data to reset. */
export function ResetDemoDataButton({ onReset }: { onReset?: () => void }) {
  const mode = useConsoleMode()
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const reset = useResetEmulator({
    onSuccess: () => {
      setOpen(false)
      toast({ title: 'Demo data reset', description: 'The emulator is empty: nothing from before is left.' })
      onReset?.()
    },
  })
  if (!mode.data || mode.data.kind === 'cloud') return null
  return (
    <>
      <Button size="sm" icon={<RefreshIcon />} onClick={() => setOpen(true)}>
        Reset demo data
      </Button>
      <ConfirmDialog
        open={open}
        title="Reset demo data?"
        confirmLabel="Reset"
        pending={reset.isPending}
        error={reset.error ? toApiError(reset.error) : null}
        onConfirm={() => reset.mutate()}
        onClose={() => {
          setOpen(false)
          reset.reset()
        }}
      >
        Everything in the {mode.data.kind === 'browser' ? 'browser emulator' : 'local cloud'} is deleted:
        functions and their code, FC 2.0 services, API groups, APIs, backend services, apps, IP and traffic
        controls. Running function instances stop. Saved test events in this browser are kept.
      </ConfirmDialog>
    </>
  )
}
