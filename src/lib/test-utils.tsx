import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, Link, RouterProvider } from 'react-router'
import { type LinkComponentProps, LinkProvider } from '@/components/ui/link'
import { ToastProvider } from '@/components/ui/toast'

/**
 * Renders a page or component the way the app does (QueryClient, toasts, router links), on a
 * memory router. For component tests only; nothing in the app imports it.
 */
function RouterLink({ href, ...props }: LinkComponentProps) {
  return <Link to={href} {...props} />
}

export function renderWithProviders(
  element: ReactElement,
  { path = '/', url = path, extraRoutes = [] }: { path?: string; url?: string; extraRoutes?: string[] } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  })
  const router = createMemoryRouter(
    [
      { path, element: <LinkProvider component={RouterLink}>{element}</LinkProvider> },
      ...extraRoutes.map((p) => ({ path: p, element: <p>Navigated to {p}</p> })),
    ],
    { initialEntries: [url] },
  )
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  )
  return { ...result, router, queryClient }
}
