import { useNavigate } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { useToast } from '@/components/ui/toast'
import { paths } from '@/lib/paths'
import { CreateFunctionForm } from '../components/create-function-form'

/** /functions/create — Create Function (seed 000 "Step 1: Create an event function"). */
export function Component() {
  const navigate = useNavigate()
  const toast = useToast()
  return (
    <>
      <title>Create Function · Function Compute</title>
      <PageHeader
        title="Create Function"
        breadcrumbs={[{ label: 'Functions', href: paths.functions }, { label: 'Create Function' }]}
        description="An event function that API Gateway can trigger. You can change everything but the name later."
      />
      <div className="narrow">
        <CreateFunctionForm
          onCreated={(fn) => {
            toast({
              title: `Function ${fn.functionName} created`,
              description: 'Next: test it on the Test tab.',
            })
            navigate(paths.functionDetail(fn.functionName, 'code'))
          }}
        />
      </div>
    </>
  )
}
