import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The longest stored file name, in bytes. File systems stop at 255, and the generated sizes add to it
 * ("-1920x800.webp", and "-1" when the name is taken): past ~240 bytes Payload wrote the original,
 * failed on a size, answered 400 — and left the original on disk.
 */
export const MAX_FILENAME_BYTES = 180

/** Shortens an uploaded file's name (keeping its extension) to MAX_FILENAME_BYTES. */
export const shortenUploadFilename: CollectionBeforeOperationHook = ({ args, req }) => {
  const file = req.file
  if (!file?.name || Buffer.byteLength(file.name) <= MAX_FILENAME_BYTES) return args
  const dot = file.name.lastIndexOf('.')
  const extension = dot > 0 && file.name.length - dot <= 10 ? file.name.slice(dot) : ''
  const characters = Array.from(file.name.slice(0, file.name.length - extension.length))
  let bytes = Buffer.byteLength(characters.join('')) + Buffer.byteLength(extension)
  while (bytes > MAX_FILENAME_BYTES && characters.length) bytes -= Buffer.byteLength(characters.pop()!)
  file.name = characters.join('') + extension
  return args
}
