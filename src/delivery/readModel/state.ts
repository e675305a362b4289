/**
 * What this process knows about the read model, per Payload instance: whether the stored snapshots are
 * complete for this build (reads may use them), the preparation under way, and the documents changed
 * while a rebuild runs.
 */
import type { Payload } from 'payload'

type ReadModelState = {
  ready: boolean
  /** Documents changed in this process while a rebuild runs: written again after it. */
  touched?: Set<string>
  preparing?: Promise<boolean>
}

const states = new WeakMap<Payload, ReadModelState>()

export const stateOf = (payload: Payload): ReadModelState => {
  let state = states.get(payload)
  if (!state) states.set(payload, (state = { ready: false }))
  return state
}
