import type { CollectionConfig } from 'payload'
import sharp, { type SharpOptions } from 'sharp'

import { mediaDir } from '../../env'
import { explainRefusedUpload } from './explainRefusedUpload'
import { shortenUploadFilename } from './shortenUploadFilename'

const webp = { format: 'webp' as const, options: { quality: 82 } }

/**
 * Images with more pixels are refused (413). A 50-megapixel photo decodes to ~150 MB; a crafted PNG of
 * a few kilobytes can claim billions of pixels, which sharp's own default (268 megapixels) lets through.
 */
export const MAX_IMAGE_PIXELS = 50_000_000

/** sharp with that limit, for the config's `sharp`: it also reaches the image sizes Payload generates. */
export const boundedSharp = ((input?: Parameters<typeof sharp>[0], options?: SharpOptions) =>
  sharp(input, { ...options, limitInputPixels: MAX_IMAGE_PIXELS })) as typeof sharp

/**
 * Images and PDF attachments. sharp turns every uploaded image into the sizes below (WebP), cropped
 * around the focal point the editor sets.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', zh: '媒体文件' },
    plural: { en: 'Media', zh: '媒体库' },
  },
  admin: {
    group: { en: 'Content', zh: '内容' },
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
  },
  // A file of another type is refused with a message saying what the library takes; an overlong name is shortened.
  hooks: { beforeOperation: [explainRefusedUpload, shortenUploadFilename] },
  // Who reads and writes (files follow the documents that show them): src/workflow/access/trust.ts.
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: webp },
      { name: 'card', width: 800, height: 600, formatOptions: webp },
      { name: 'hero', width: 1920, height: 800, formatOptions: webp, withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Alternative text', zh: '替代文本' },
      required: true,
      localized: true,
      maxLength: 300,
      admin: {
        description: {
          en: 'What the image shows, for screen readers and search engines (or the title of a PDF).',
          zh: '描述图片内容，供读屏软件和搜索引擎使用（PDF 请填写标题）。',
        },
      },
    },
    {
      name: 'caption',
      type: 'text',
      label: { en: 'Caption', zh: '图片说明' },
      localized: true,
    },
    {
      name: 'credit',
      type: 'text',
      label: { en: 'Credit', zh: '来源/版权' },
    },
  ],
}
