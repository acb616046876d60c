/** A job waiting for its trigger: a one-shot execTime or a recurring execSchedule. */
import type { Detail } from '../data/fake/fake-details.js';
import type { PhaseDurations, VariantKey } from '../data/variants.js';
import type { Locale } from '../locale/locales.js';
import type { CronSpec } from './schedule.js';

export type TriggerState = 'Normal' | 'Paused';

export interface ScheduledJob {
  readonly companyHandle: string;
  readonly jobHandle: string;
  readonly name: string;
  readonly originalName: string;
  /** undefined for system jobs (Cleanup), which have no detail element. */
  readonly variant?: VariantKey;
  readonly jobType: string;
  readonly detail?: Detail;
  readonly locale: Locale;
  readonly description?: string;
  readonly submitUserEmail: string;
  readonly client: string;
  readonly execSchedule?: string;
  readonly cron?: CronSpec;
  readonly execTime?: number;
  readonly durations: PhaseDurations;
  readonly totalSize: number;
  triggerState: TriggerState;
  /** Fires up to this instant have been turned into runs. */
  syncedTo: number;
}
