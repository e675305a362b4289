import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The longest stored file name, in bytes. File systems stop at 255, and the generated sizes add to it
 * ("-1920x800.webp", and "-1" when the name is taken): past ~240 bytes Payload wrote the original,
 * failed on a size, answered 400 — and left the original on disk.
 */
export const MAX_FILENAME_BYTES = 180

/** The longest extension kept as one ("photo.jpeg", "report.pdf"); a longer tail is part of the name. */
const MAX_EXTENSION_LENGTH = 10

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 && name.length - dot >= 2 && name.length - dot <= MAX_EXTENSION_LENGTH + 1 ? name.slice(dot) : ''
}

/**
 * The name a file is stored under: at most `maxBytes` (keeping its extension, cutting whole characters),
 * and with an extension. A name without one gets the extension of the file's detected type: Payload
 * gives a taken name without an extension a copy of the whole name as one ("photo" → "photo-1.photo"),
 * which past ~120 bytes the file system refuses after the sizes were written — leaving them behind.
 * (Multipart parsing cuts a name longer than 255 characters, and its extension with it.)
 */
export function storedFilename(name: string, detectedExtension: string | undefined, maxBytes = MAX_FILENAME_BYTES) {
  let extension = extensionOf(name)
  let base = extension ? name.slice(0, -extension.length) : name.replace(/\.+$/, '')
  if (!extension && detectedExtension) extension = `.${detectedExtension}`
  const characters = Array.from(base)
  let bytes = Buffer.byteLength(base) + Buffer.byteLength(extension)
  while (bytes > maxBytes && characters.length) bytes -= Buffer.byteLength(characters.pop()!)
  base = characters.join('')
  return base + extension
}

/** Gives an uploaded file's name an extension and shortens it to MAX_FILENAME_BYTES (see storedFilename). */
export const shortenUploadFilename: CollectionBeforeOperationHook = async ({ args, req }) => {
  const file = req.file
  if (!file?.name) return args
  const detected = extensionOf(file.name) || !file.data?.length ? undefined : (await fileTypeFromBuffer(file.data))?.ext
  file.name = storedFilename(file.name, detected)
  return args
}
