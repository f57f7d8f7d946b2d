import { isPythonRuntime } from '@/cloud-api/fc2'
import { useBrowserMode } from '../api/invoke'

/** Says plainly that Python needs the local cloud when the console runs on the in-page emulator. */
export function PythonNotice({ runtime }: { runtime: string }) {
  const browser = useBrowserMode()
  if (!isPythonRuntime(runtime) || browser.data !== true) return null
  return (
    <p className="notice notice--warning" role="note">
      Python functions cannot run in the browser-only mode: this page has no Python. You can create and edit
      this function here, but to invoke it start the console with <code>npm start</code> (the local cloud runs
      Python 3).
    </p>
  )
}
