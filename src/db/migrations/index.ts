import type { Migration } from 'kysely';
import * as m0001 from './2026-11-25T0000_initial_schema.js';
import * as m0002 from './2026-11-26T0140_users_last_failed_login_at.js';
import * as m0003 from './2026-11-27T0700_login_failures_hmac_keys.js';
import * as m0004 from './2026-11-27T0800_email_flows.js';
import * as m0005 from './2026-11-27T0900_session_aal.js';
import * as m0006 from './2026-11-27T0930_second_factor.js';
import * as m0007 from './2026-11-27T1000_users_trigram_search.js';
import * as m0008 from './2026-11-27T1100_users_single_search_index.js';
import * as m0009 from './2026-12-04T2000_credential_checks.js';
import * as m0010 from './2026-12-04T2100_mailed_token_binding.js';
import * as m0011 from './2026-12-05T0400_flask_move_in.js';
import * as m0012 from './2026-12-05T2300_social_sign_in.js';
import * as m0013 from './2026-12-06T0100_passkeys.js';
import * as m0015 from './2026-12-06T0500_audit_events.js';
import * as m0014 from './2026-12-06T0300_invitations.js';
import * as m0016 from './2026-12-06T0600_webhooks.js';
import * as m0017 from './2026-12-06T0530_users_status_indexes.js';

/** Every migration, by name; names sort in the order they run. `npm run db:make NAME` adds to this list. */
export const migrations: Record<string, Migration> = {
  '2026-11-25T0000_initial_schema': m0001,
  '2026-11-26T0140_users_last_failed_login_at': m0002,
  '2026-11-27T0700_login_failures_hmac_keys': m0003,
  '2026-11-27T0800_email_flows': m0004,
  '2026-11-27T0900_session_aal': m0005,
  '2026-11-27T0930_second_factor': m0006,
  '2026-11-27T1000_users_trigram_search': m0007,
  '2026-11-27T1100_users_single_search_index': m0008,
  '2026-12-04T2000_credential_checks': m0009,
  '2026-12-04T2100_mailed_token_binding': m0010,
  '2026-12-05T0400_flask_move_in': m0011,
  '2026-12-05T2300_social_sign_in': m0012,
  '2026-12-06T0100_passkeys': m0013,
  '2026-12-06T0300_invitations': m0014,
  '2026-12-06T0500_audit_events': m0015,
  '2026-12-06T0530_users_status_indexes': m0017,
  '2026-12-06T0600_webhooks': m0016,
};
