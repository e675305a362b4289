'use client'
import { useFormFields, useFormProcessing } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

/**
 * A field's error message, shown at the field after a save attempt until the value changes. Payload
 * shows field errors only after a validated submit: a failed *draft* save (drafts skip validation)
 * raises a toast naming the field and nothing more, so what the server refused there — a slug already
 * in use, a hero image that is not an image — would not appear where the editor looks. Used as the
 * field's `Error` component (it replaces Payload's error tooltip for that field).
 */
export function FieldErrorAfterSave({ path }: { path: string }) {
  const field = useFormFields(([fields]) => fields[path])
  const processing = useFormProcessing()
  const [saveAttempted, setSaveAttempted] = useState(false)
  const [shown, setShown] = useState<{ message: string; value: unknown }>()
  const message = field?.errorMessage
  const value = field?.value

  useEffect(() => {
    if (processing) setSaveAttempted(true)
  }, [processing])
  // Remember the value the error is about (only a new message re-pins it); editing the field hides it.
  useEffect(() => {
    if (!message) setShown(undefined)
    else if (saveAttempted) setShown({ message, value })
  }, [message, saveAttempted])

  if (!shown || shown.value !== value) return null
  return (
    <p className="field-error-after-save" role="alert">
      {shown.message}
    </p>
  )
}
