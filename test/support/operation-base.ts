/** What a handler receives besides its parameters, built from a mock's engine the way the operate stage builds it, for tests that call handlers directly. */
import { toUser } from '../../src/auth/users.js';
import type { MockClock } from '../../src/clock/mock-clock.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Locale } from '../../src/locale/locales.js';
import type { OperationBase } from '../../src/operations/context.js';
import type { ResolvedSchema } from '../../src/schema/resolved-schema.js';

export function operationBase(engine: Engine, clock: MockClock, schema: ResolvedSchema, client: string, user = 'ips@example.com', locale: Locale = 'en-US'): OperationBase {
  return {
    user: toUser(engine.users.find(user)!),
    locale,
    schema,
    now: clock.now(),
    zone: engine.wire.zone,
    seed: engine.seed,
    store: engine.store,
    users: engine.users,
    client,
  };
}
