import { NavLink } from 'react-router'
import { FunctionIcon, GatewayIcon } from '@/components/ui/icons'
import { paths } from '@/lib/paths'

/**
 * The product areas. Only Functions is live; the API Gateway areas of the seed's flow (backend
 * service → group → API → app, seeds 000/002) are listed as upcoming so the map of the product is
 * visible, but they are not links: a link that leads nowhere is worse than a clear "coming soon".
 */
const UPCOMING_API_GATEWAY = [
  'API Groups',
  'APIs',
  'Backend Services',
  'Apps',
  'IP Control',
  'Traffic Control',
]

export function SideNav() {
  return (
    <nav aria-label="Main" className="sidenav">
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
        </ul>
      </div>
      <div className="sidenav__group">
        <h2 className="sidenav__heading">
          <GatewayIcon /> API Gateway
        </h2>
        <ul>
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
