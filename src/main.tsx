import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { StartupError } from './app/startup-error'
import './styles/index.css'

// Browser-only mode (npm run dev, or a build with VITE_MSW=true): the emulator answers /api/* in a
// service worker, and it must be listening before the first query is sent. The dynamic import
// keeps MSW and the emulator out of the production bundle (Oxide's msw-mock-api.ts, mswjs/examples).
async function startEmulatorIfWanted(): Promise<void> {
  if (import.meta.env.DEV || import.meta.env.VITE_MSW === 'true') {
    const { startMocking } = await import('./mocks/browser')
    await startMocking()
  }
}

const root = createRoot(document.getElementById('root')!)
try {
  await startEmulatorIfWanted()
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
} catch (error) {
  console.error(error)
  root.render(<StartupError error={error} />)
}
