/** TRUST_PROXY as Express understands it: "true"/"false", a hop count, or a list of addresses/subnets. */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false
  if (value === 'true') return true
  if (/^\d+$/.test(value)) return Number(value)
  return value
}
