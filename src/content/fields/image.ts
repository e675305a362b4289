import { type FieldHook, type UploadField, ValidationError } from 'payload'

type Label = { en: string; zh: string }

/**
 * Refuses a media file that is not an image (the media library also holds PDF attachments), at the
 * field and in the editor's language. A `beforeValidate` hook, so that draft saves — which Payload
 * does not validate — are refused too.
 */
const refuseNonImage =
  (label: Label): FieldHook =>
  async ({ value, req, path, collection, global }) => {
    const id = typeof value === 'object' && value !== null ? (value as { id?: number | string }).id : value
    if (id === null || id === undefined || id === '') return value
    const media = await req.payload.findByID({
      collection: 'media',
      id: id as number | string,
      depth: 0,
      disableErrors: true,
      req,
    })
    // A missing file is the relationship validation's business.
    if (!media || media.mimeType?.startsWith('image/')) return value
    const zh = req.i18n?.language === 'zh'
    throw new ValidationError(
      {
        collection: collection?.slug,
        global: global?.slug,
        errors: [
          {
            path: path.join('.'),
            message: zh
              ? `“${media.filename}”不是图片（${media.mimeType}）。${label.zh}必须是 JPEG、PNG、WebP、GIF 或 AVIF 格式的图片。`
              : `"${media.filename}" is not an image (${media.mimeType}). The ${label.en.toLowerCase()} must be a JPEG, PNG, WebP, GIF or AVIF picture.`,
          },
        ],
      },
      req.t,
    )
  }

/** An image from the media library: only images are offered, and anything else is refused with a message. */
export const imageField = ({ name, label }: { name: string; label: Label }): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label,
  filterOptions: { mimeType: { contains: 'image/' } },
  admin: { components: { Error: '/admin/FieldErrorAfterSave#FieldErrorAfterSave' } },
  hooks: { beforeValidate: [refuseNonImage(label)] },
})
