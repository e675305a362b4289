import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { Inquiry } from '../../payload-types'

/** A filled-in honeypot field means a bot: refuse the inquiry (400), store nothing. */
export const rejectHoneypot: CollectionBeforeValidateHook<Inquiry> = ({ data, operation, req }) => {
  if (operation === 'create' && typeof data?.website === 'string' && data.website.trim() !== '') {
    throw new ValidationError({
      collection: 'inquiries',
      errors: [
        {
          path: 'website',
          message:
            'This form was filled in automatically and was not sent. If you are a person, leave the "website" field empty.',
        },
      ],
      req,
    })
  }
  if (data && 'website' in data) delete data.website
  return data
}
