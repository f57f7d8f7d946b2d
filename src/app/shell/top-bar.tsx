import { Link, useNavigate } from 'react-router'
import { ModeBadge } from '@/features/emulator/components/mode-badge'
import { ResetDemoDataButton } from '@/features/emulator/components/reset-demo-data-button'
import { paths } from '@/lib/paths'

export function TopBar() {
  const navigate = useNavigate()
  return (
    <header className="topbar">
      <Link className="topbar__brand" to={paths.functions}>
        <span className="topbar__logo" aria-hidden="true" />
        <span className="topbar__product">
          API Gateway <span className="topbar__plus">+</span> Function Compute
        </span>
      </Link>
      <div className="spacer" />
      <div className="topbar__facts">
        <ModeBadge />
        {/* After a reset the page being shown may describe a function that no longer exists. */}
        <ResetDemoDataButton onReset={() => navigate(paths.functions)} />
      </div>
    </header>
  )
}
