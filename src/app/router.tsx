import { createBrowserRouter, redirect } from 'react-router'
import { paths } from '@/lib/paths'
import { NotFound } from './routes/not-found'
import { RootLayout } from './routes/root-layout'
import { AppCrash, RouteError } from './routes/route-error'

/**
 * The single route table (Oxide's app/routes.tsx). Pages are lazy route modules exporting
 * `Component`, so each area is its own chunk. The pathless child carries the page-level error
 * boundary, keeping the shell on screen when a page fails.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: AppCrash,
      HydrateFallback: AppLoading,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, loader: () => redirect(paths.functions) },
            { path: 'functions', lazy: () => import('@/features/functions/routes/functions-page') },
            {
              path: 'functions/create',
              lazy: () => import('@/features/functions/routes/create-function-page'),
            },
            { path: 'functions/:name', lazy: () => import('@/features/functions/routes/function-page') },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ])
}

function AppLoading() {
  return (
    <div className="app-loading" aria-busy="true">
      Loading the console…
    </div>
  )
}
