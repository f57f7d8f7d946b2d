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
            { path: 'wizard', lazy: () => import('@/features/wizard/routes/wizard-page') },
            { path: 'functions', lazy: () => import('@/features/functions/routes/functions-page') },
            {
              path: 'functions/create',
              lazy: () => import('@/features/functions/routes/create-function-page'),
            },
            { path: 'functions/:name', lazy: () => import('@/features/functions/routes/function-page') },
            // FC 2.0 (2016-08-15): services → functions → triggers
            { path: 'services', lazy: () => import('@/features/services/routes/services-page') },
            { path: 'services/:service', lazy: () => import('@/features/services/routes/service-page') },
            {
              path: 'services/:service/functions/create',
              lazy: () => import('@/features/services/routes/create-function-page'),
            },
            {
              path: 'services/:service/functions/:fn',
              lazy: () => import('@/features/services/routes/function-page'),
            },
            { path: 'api-groups', lazy: () => import('@/features/api-groups/routes/groups-page') },
            { path: 'api-groups/:groupId', lazy: () => import('@/features/api-groups/routes/group-page') },
            { path: 'apis', lazy: () => import('@/features/apis/routes/apis-page') },
            { path: 'apis/create', lazy: () => import('@/features/apis/routes/create-api-page') },
            { path: 'apis/:apiId', lazy: () => import('@/features/apis/routes/api-page') },
            { path: 'apis/:apiId/edit', lazy: () => import('@/features/apis/routes/edit-api-page') },
            { path: 'backends', lazy: () => import('@/features/backends/routes/backends-page') },
            { path: 'backends/:backendId', lazy: () => import('@/features/backends/routes/backend-page') },
            { path: 'apps', lazy: () => import('@/features/apps/routes/apps-page') },
            { path: 'apps/:appId', lazy: () => import('@/features/apps/routes/app-page') },
            {
              path: 'ip-controls',
              lazy: () => import('@/features/access-control/routes/ip-controls-page'),
            },
            {
              path: 'ip-controls/:ipControlId',
              lazy: () => import('@/features/access-control/routes/ip-control-page'),
            },
            {
              path: 'traffic-controls',
              lazy: () => import('@/features/access-control/routes/traffic-controls-page'),
            },
            {
              path: 'traffic-controls/:trafficControlId',
              lazy: () => import('@/features/access-control/routes/traffic-control-page'),
            },
            // Issue 7: one request through every event format, side by side (emulator only).
            { path: 'cross-cloud', lazy: () => import('@/features/cross-cloud/routes/cross-cloud-page') },
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
