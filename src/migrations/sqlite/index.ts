import * as migration_20261128_231819_initial from './20261128_231819_initial'

export const migrations = [
  {
    up: migration_20261128_231819_initial.up,
    down: migration_20261128_231819_initial.down,
    name: '20261128_231819_initial',
  },
]
