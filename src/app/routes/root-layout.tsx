import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router'
import { type LinkComponentProps, LinkProvider } from '@/components/ui/link'
import { SideNav } from '../shell/side-nav'
import { TopBar } from '../shell/top-bar'

/** Lets the router-agnostic design system navigate client-side. */
function RouterLink({ href, ...props }: LinkComponentProps) {
  return <Link to={href} {...props} />
}

export function RootLayout() {
  const navigation = useNavigation()
  return (
    <LinkProvider component={RouterLink}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="shell">
        {navigation.state === 'loading' && <div className="route-progress" aria-hidden="true" />}
        <TopBar />
        <div className="shell__body">
          <SideNav />
          <main id="main" className="shell__main" tabIndex={-1}>
            <Outlet />
          </main>
        </div>
      </div>
      <ScrollRestoration />
    </LinkProvider>
  )
}
