import * as migration_20261128_231819_initial from './20261128_231819_initial';
import * as migration_20261128_233208_audit_log from './20261128_233208_audit_log';
import * as migration_20261128_234315_review_states from './20261128_234315_review_states';
import * as migration_20261128_235418_timezones from './20261128_235418_timezones';
import * as migration_20261129_002443_api_keys from './20261129_002443_api_keys';
import * as migration_20261129_013436_investment_promotion from './20261129_013436_investment_promotion';
import * as migration_20261129_042250_locales_parent_index from './20261129_042250_locales_parent_index';
import * as migration_20261129_111125_read_model from './20261129_111125_read_model';
import * as migration_20261201_033205_normalise_dates from './20261201_033205_normalise_dates';
import * as migration_20261201_070731_api_key_budgets from './20261201_070731_api_key_budgets';
import * as migration_20261201_072818_inquiry_acknowledgement from './20261201_072818_inquiry_acknowledgement';
import * as migration_20261201_073225_inquiry_subject_and_export_audit from './20261201_073225_inquiry_subject_and_export_audit';
import * as migration_20261201_074004_personal_data_lifecycle from './20261201_074004_personal_data_lifecycle';
import * as migration_20261201_104115_staff_directory_and_assignment from './20261201_104115_staff_directory_and_assignment';
import * as migration_20261201_110954_audit_hash_chain from './20261201_110954_audit_hash_chain';
import * as migration_20261201_111935_password_policy from './20261201_111935_password_policy';
import * as migration_20261201_112801_staff_sessions from './20261201_112801_staff_sessions';
import * as migration_20261201_113544_two_factor from './20261201_113544_two_factor';
import * as migration_20261208_011306_search_terms from './20261208_011306_search_terms';

export const migrations = [
  {
    up: migration_20261128_231819_initial.up,
    down: migration_20261128_231819_initial.down,
    name: '20261128_231819_initial',
  },
  {
    up: migration_20261128_233208_audit_log.up,
    down: migration_20261128_233208_audit_log.down,
    name: '20261128_233208_audit_log',
  },
  {
    up: migration_20261128_234315_review_states.up,
    down: migration_20261128_234315_review_states.down,
    name: '20261128_234315_review_states',
  },
  {
    up: migration_20261128_235418_timezones.up,
    down: migration_20261128_235418_timezones.down,
    name: '20261128_235418_timezones',
  },
  {
    up: migration_20261129_002443_api_keys.up,
    down: migration_20261129_002443_api_keys.down,
    name: '20261129_002443_api_keys',
  },
  {
    up: migration_20261129_013436_investment_promotion.up,
    down: migration_20261129_013436_investment_promotion.down,
    name: '20261129_013436_investment_promotion',
  },
  {
    up: migration_20261129_042250_locales_parent_index.up,
    down: migration_20261129_042250_locales_parent_index.down,
    name: '20261129_042250_locales_parent_index',
  },
  {
    up: migration_20261129_111125_read_model.up,
    down: migration_20261129_111125_read_model.down,
    name: '20261129_111125_read_model',
  },
  {
    up: migration_20261201_033205_normalise_dates.up,
    down: migration_20261201_033205_normalise_dates.down,
    name: '20261201_033205_normalise_dates',
  },
  {
    up: migration_20261201_070731_api_key_budgets.up,
    down: migration_20261201_070731_api_key_budgets.down,
    name: '20261201_070731_api_key_budgets',
  },
  {
    up: migration_20261201_072818_inquiry_acknowledgement.up,
    down: migration_20261201_072818_inquiry_acknowledgement.down,
    name: '20261201_072818_inquiry_acknowledgement',
  },
  {
    up: migration_20261201_073225_inquiry_subject_and_export_audit.up,
    down: migration_20261201_073225_inquiry_subject_and_export_audit.down,
    name: '20261201_073225_inquiry_subject_and_export_audit',
  },
  {
    up: migration_20261201_074004_personal_data_lifecycle.up,
    down: migration_20261201_074004_personal_data_lifecycle.down,
    name: '20261201_074004_personal_data_lifecycle',
  },
  {
    up: migration_20261201_104115_staff_directory_and_assignment.up,
    down: migration_20261201_104115_staff_directory_and_assignment.down,
    name: '20261201_104115_staff_directory_and_assignment',
  },
  {
    up: migration_20261201_110954_audit_hash_chain.up,
    down: migration_20261201_110954_audit_hash_chain.down,
    name: '20261201_110954_audit_hash_chain',
  },
  {
    up: migration_20261201_111935_password_policy.up,
    down: migration_20261201_111935_password_policy.down,
    name: '20261201_111935_password_policy',
  },
  {
    up: migration_20261201_112801_staff_sessions.up,
    down: migration_20261201_112801_staff_sessions.down,
    name: '20261201_112801_staff_sessions',
  },
  {
    up: migration_20261201_113544_two_factor.up,
    down: migration_20261201_113544_two_factor.down,
    name: '20261201_113544_two_factor',
  },
  {
    up: migration_20261208_011306_search_terms.up,
    down: migration_20261208_011306_search_terms.down,
    name: '20261208_011306_search_terms'
  },
];
