import { NavLink } from 'react-router'
import { FunctionIcon, GatewayIcon, PlayIcon } from '@/components/ui/icons'
import { servicePaths } from '@/features/services/lib/paths'
import { paths } from '@/lib/paths'

/**
 * The product areas, in the order of the seed's flow (seeds 000/002): Quick Start walks the whole
 * flow; Function Compute; API Gateway (Manage APIs: API Groups, APIs, Backend Services; then Apps and the
 * access-control policies, IP Control and Traffic Control).
 */
const API_GATEWAY = [
  { label: 'API Groups', href: paths.apiGroups },
  { label: 'APIs', href: paths.apis() },
  { label: 'Backend Services', href: paths.backends },
]
/** Call APIs (apps and their authorizations) and the access-control policies (issue 4). */
const API_GATEWAY_SECURITY = [
  { label: 'Apps', href: paths.apps },
  { label: 'IP Control', href: paths.ipControls },
  { label: 'Traffic Control', href: paths.trafficControls },
  // Issue 7: the emulator's event formats, one request through all four.
  { label: 'Try Across Clouds', href: paths.crossCloud },
]

export function SideNav() {
  return (
    <nav aria-label="Main" className="sidenav">
      <div className="sidenav__group">
        <ul>
          <li>
            <NavLink to={paths.wizard} className="sidenav__item sidenav__item--start">
              <span className="row">
                <PlayIcon /> Quick Start
              </span>
            </NavLink>
          </li>
        </ul>
      </div>
      <div className="sidenav__group">
        <h2 className="sidenav__heading">
          <FunctionIcon /> Function Compute
        </h2>
        <ul>
          <li>
            <NavLink to={paths.functions} className="sidenav__item">
              Functions
            </NavLink>
          </li>
          <li>
            <NavLink to={servicePaths.services} className="sidenav__item">
              Services (FC 2.0)
            </NavLink>
          </li>
        </ul>
      </div>
      <div className="sidenav__group">
        <h2 className="sidenav__heading">
          <GatewayIcon /> API Gateway
        </h2>
        <ul>
          {API_GATEWAY.map((item) => (
            <li key={item.label}>
              <NavLink to={item.href} className="sidenav__item">
                {item.label}
              </NavLink>
            </li>
          ))}
          {API_GATEWAY_SECURITY.map((item) => (
            <li key={item.label}>
              <NavLink to={item.href} className="sidenav__item">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}
