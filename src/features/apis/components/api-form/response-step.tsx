import { useFormContext } from 'react-hook-form'
import { RESULT_TYPES } from '@/cloud-api/cloudapi'
import { Select, Textarea } from '@/components/ui/field'
import type { ApiFormValues } from '../../lib/api-form'

/** Step 4 — Define Response: the documented result type and samples (for the API's documentation). */
export function ResponseStep() {
  const { register } = useFormContext<ApiFormValues>()
  return (
    <div className="form-grid">
      <Select
        label="Response ContentType"
        options={RESULT_TYPES.map((t) => ({ value: t, label: t === 'PASSTHROUGH' ? 'Pass-through' : t }))}
        hint="Documents what the API returns; the function's own headers decide the answer."
        {...register('resultType')}
      />
      <Textarea
        label="Response Sample"
        className="form-grid__wide"
        spellCheck={false}
        rows={4}
        {...register('resultSample')}
      />
      <Textarea
        label="Error Response Sample"
        className="form-grid__wide"
        spellCheck={false}
        rows={3}
        {...register('failResultSample')}
      />
    </div>
  )
}
