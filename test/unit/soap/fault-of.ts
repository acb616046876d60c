/** What the unit tests of src/soap read off a refusal: the IPS code and reason `run` throws (or `p` rejects with). */
import { IpsFault } from '../../../src/faults/catalogue.js';

type Refusal = { code: number; reason: string };
const refusal = (e: unknown): Refusal => {
  if (e instanceof IpsFault) return { code: e.entry.code, reason: e.reason };
  throw e;
};

export function faultOf(run: () => unknown): Refusal {
  try {
    run();
  } catch (e) {
    return refusal(e);
  }
  throw new Error('no fault');
}

export async function rejects(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (e) {
    return refusal(e);
  }
  throw new Error('no fault');
}
