import type { Locator } from 'playwright-core'

/**
 * Waits until `read()` gives a value `ok` accepts, and fails with `explain(lastValue)` after `timeoutMs`.
 * (playwright-core has no assertions of its own; these few are what the suite needs.)
 */
export async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  explain: (value: T) => string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(explain(value))
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const textOf = (locator: Locator): Promise<string> => locator.innerText({ timeout: 1_000 }).catch(() => '')

export const expectText = (locator: Locator, expected: string, timeoutMs?: number): Promise<string> =>
  eventually(
    () => textOf(locator),
    (text) => text.includes(expected),
    (text) => `${locator} should show "${expected}"; it shows "${text}"`,
    timeoutMs,
  )

export const expectValue = (locator: Locator, expected: string): Promise<string> =>
  eventually(
    () => locator.inputValue({ timeout: 1_000 }).catch(() => '<no input>'),
    (value) => value === expected,
    (value) => `${locator} should hold "${expected}"; it holds "${value}"`,
  )

export const expectCount = (locator: Locator, expected: number): Promise<number> =>
  eventually(
    () => locator.count(),
    (count) => count === expected,
    (count) => `${locator} should match ${expected} element(s); it matches ${count}`,
  )

export const expectAttribute = (locator: Locator, name: string, expected: string): Promise<string | null> =>
  eventually(
    () => locator.getAttribute(name, { timeout: 1_000 }).catch(() => null),
    (value) => value === expected,
    (value) => `${locator} should have ${name}="${expected}"; it has "${value}"`,
  )
