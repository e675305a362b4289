/** Waiting in tests: a pause of a given length, and polling until something holds. */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export type Polling = { timeoutMs?: number; intervalMs?: number }

/**
 * Reads `read()` every `intervalMs` until `ok` accepts the value, and returns that value; once
 * `timeoutMs` have passed, fails with `explain(lastValue)`.
 */
export async function eventually<T>(
  read: () => T | Promise<T>,
  ok: (value: T) => boolean,
  explain: (value: T) => string,
  { timeoutMs = 30_000, intervalMs = 200 }: Polling = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(explain(value))
    await sleep(intervalMs)
  }
}

type Truthy<T> = Exclude<T, undefined | null | false | 0 | ''>

/**
 * Asks `probe()` until it gives something truthy (a found item, `true`) and returns that; fails with
 * "timed out waiting for <what>" after `timeoutMs` (30 s unless told).
 */
export const waitFor = <T>(probe: () => T | Promise<T>, what: string, polling?: Polling): Promise<Truthy<T>> =>
  eventually(probe, Boolean, () => `timed out waiting for ${what}`, polling) as Promise<Truthy<T>>
