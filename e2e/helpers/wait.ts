import type { Locator } from 'playwright-core'

import { eventually } from '../../tests/helpers/wait'

/**
 * What the page shows, polled until it is as expected: 15 s unless told. (playwright-core has no
 * assertions of its own; these few are what the suite needs.)
 */
const within = (timeoutMs = 15_000) => ({ timeoutMs })

const textOf = (locator: Locator): Promise<string> => locator.innerText({ timeout: 1_000 }).catch(() => '')

export const expectText = (locator: Locator, expected: string, timeoutMs?: number): Promise<string> =>
  eventually(
    () => textOf(locator),
    (text) => text.includes(expected),
    (text) => `${locator} should show "${expected}"; it shows "${text}"`,
    within(timeoutMs),
  )

export const expectValue = (locator: Locator, expected: string): Promise<string> =>
  eventually(
    () => locator.inputValue({ timeout: 1_000 }).catch(() => '<no input>'),
    (value) => value === expected,
    (value) => `${locator} should hold "${expected}"; it holds "${value}"`,
    within(),
  )

export const expectCount = (locator: Locator, expected: number): Promise<number> =>
  eventually(
    () => locator.count(),
    (count) => count === expected,
    (count) => `${locator} should match ${expected} element(s); it matches ${count}`,
    within(),
  )

export const expectAttribute = (locator: Locator, name: string, expected: string): Promise<string | null> =>
  eventually(
    () => locator.getAttribute(name, { timeout: 1_000 }).catch(() => null),
    (value) => value === expected,
    (value) => `${locator} should have ${name}="${expected}"; it has "${value}"`,
    within(),
  )
