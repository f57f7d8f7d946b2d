import { useNavigate, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { useToast } from '@/components/ui/toast'
import { CreateFunctionForm } from '../components/create-function-form'
import { servicePaths } from '../lib/paths'

/** /services/:service/functions/create — a Node.js or Python function from a template. */
export function Component() {
  const service = useParams().service ?? ''
  const navigate = useNavigate()
  const toast = useToast()
  return (
    <>
      <title>{`Create Function · ${service} · Function Compute 2.0`}</title>
      <PageHeader
        title="Create Function"
        breadcrumbs={[
          { label: 'Services', href: servicePaths.services },
          { label: service, href: servicePaths.service(service) },
          { label: 'Create Function' },
        ]}
        description={`A function in the service ${service}. You can change its code later on the Code tab.`}
      />
      <div className="narrow">
        <CreateFunctionForm
          service={service}
          onCreated={(fn) => {
            toast({
              title: `Function ${fn.functionName} created`,
              description: 'Next: test it on the Test tab.',
            })
            navigate(servicePaths.function(service, fn.functionName, 'test'))
          }}
        />
      </div>
    </>
  )
}
