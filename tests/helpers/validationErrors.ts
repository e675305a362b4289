type FieldError = { path: string; message: string }

/** The field errors of a write Payload refused (its ValidationError), or fails if the write succeeded. */
export async function validationErrors(write: Promise<unknown>): Promise<FieldError[]> {
  try {
    await write
  } catch (error) {
    return (error as { data?: { errors?: FieldError[] } }).data?.errors ?? []
  }
  throw new Error('expected the write to be refused, but it succeeded')
}
