import * as migration_20261128_231825_initial from './20261128_231825_initial'

export const migrations = [
  {
    up: migration_20261128_231825_initial.up,
    down: migration_20261128_231825_initial.down,
    name: '20261128_231825_initial',
  },
]
