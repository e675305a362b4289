import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { validateMimeType } from 'payload/shared'

/**
 * A file of a type the collection does not take is refused with a message that says what to upload,
 * in the editor's language, instead of Payload's "The following field is invalid: file". (Payload
 * still checks the file's real content afterwards; this only reads the declared type.)
 */
export const explainRefusedUpload: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const file = req.file
  const allowed = collection.upload && typeof collection.upload === 'object' ? collection.upload.mimeTypes : undefined
  if ((operation !== 'create' && operation !== 'update') || !file || !allowed?.length) return args
  if (validateMimeType(file.mimetype, allowed)) return args
  const zh = req.i18n?.language === 'zh'
  throw new APIError(
    zh
      ? `无法上传“${file.name}”（${file.mimetype}）：媒体库只接受图片（JPEG、PNG、WebP、GIF、AVIF）和 PDF 文件。`
      : // No colon: Payload's error toast would split the sentence into a list of "fields" at it.
        `"${file.name}" (${file.mimetype}) cannot be uploaded. The media library takes images (JPEG, PNG, WebP, GIF or AVIF) and PDF files.`,
    400,
    undefined,
    true,
  )
}
