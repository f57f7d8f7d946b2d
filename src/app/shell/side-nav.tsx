import { NavLink } from 'react-router'
import { FunctionIcon, GatewayIcon, PlayIcon } from '@/components/ui/icons'
import { servicePaths } from '@/features/services/lib/paths'
import { paths } from '@/lib/paths'

/**
 * The product areas, in the order of the seed's flow (seeds 000/002): Quick Start walks the whole
 * flow; Function Compute; API Gateway (Manage APIs: API Groups, APIs, Backend Services). The areas of
 * later issues (apps, policies) are listed as upcoming but are not links: a link that leads nowhere
 * is worse than a clear "coming soon".
 */
const API_GATEWAY = [
  { label: 'API Groups', href: paths.apiGroups },
  { label: 'APIs', href: paths.apis() },
  { label: 'Backend Services', href: paths.backends },
]
const UPCOMING_API_GATEWAY = ['Apps', 'IP Control', 'Traffic Control']

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
          {UPCOMING_API_GATEWAY.map((label) => (
            <li key={label}>
              <span className="sidenav__item sidenav__item--disabled" aria-disabled="true">
                {label}
                <span className="sidenav__soon">
                  <span aria-hidden="true">Soon</span>
                  <span className="sr-only">(coming soon)</span>
                </span>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}
