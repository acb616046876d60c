/**
 * The time zone of the IPS server, for everything the mock writes in server
 * time: xsd:dateTime values on the wire and the timestamp IPS puts in job
 * names. The captures of the real service show US Central time (-06:00 in
 * winter, -05:00 in summer), so the default is America/Chicago; a fixed
 * offset (+02:00, Z) or any IANA zone can be configured.
 */

export interface ServerZone {
  /** As configured: an IANA zone name or a fixed offset. */
  readonly id: string;
  /** xsd:dateTime with milliseconds and the zone's offset, e.g. 2011-03-30T14:32:08.858-05:00 (Z when the offset is 0). */
  dateTime(ms: number): string;
  /** The stamp IPS appends to job names, yyyy-MM-dd-HH:mm:ss.SSS in server time, e.g. 2011-03-30-14:32:08.834. */
  stamp(ms: number): string;
}

export const DEFAULT_SERVER_TIME_ZONE = 'America/Chicago';

const FIXED = /^(?:Z|UTC|([+-])(\d{2}):?(\d{2}))$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Offsets change on whole quarter hours at most; remember them per quarter hour. */
const QUARTER_HOUR = 900_000;

function offsetFunction(id: string): (ms: number) => number {
  const fixed = FIXED.exec(id);
  if (fixed) {
    const minutes = fixed[1] ? (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) : 0;
    if (Math.abs(minutes) > 14 * 60) throw new RangeError(`server time zone '${id}': an offset must be within ±14:00`);
    return () => minutes;
  }
  const formatter = () => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
    } catch {
      throw new RangeError(`server time zone '${id}' is neither an IANA time zone (e.g. America/Chicago) nor an offset (e.g. -05:00, Z)`);
    }
  };
  /*
   * The first formatter with a time zone loads ICU's zone data (~70 ms, a fifth of the command's start-up),
   * so the default zone, which every ICU build has, gets its formatter when a first date is written; any
   * other zone is checked at once, so a mistyped one stops the start with this message.
   */
  let format = id === DEFAULT_SERVER_TIME_ZONE ? undefined : formatter();
  const memo = new Map<number, number>();
  return (ms) => {
    const q = Math.floor(ms / QUARTER_HOUR);
    let minutes = memo.get(q);
    if (minutes === undefined) {
      format ??= formatter();
      const name = format.formatToParts(new Date(q * QUARTER_HOUR)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
      const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
      if (memo.size > 10_000) memo.clear();
      memo.set(q, minutes);
    }
    return minutes;
  };
}

/** Throws RangeError (with a message a person can act on) for an unknown zone. */
export function serverZone(id: string = DEFAULT_SERVER_TIME_ZONE): ServerZone {
  const offsetAt = offsetFunction(id.trim());
  const local = (ms: number) => {
    const minutes = offsetAt(ms);
    return { iso: new Date(ms + minutes * 60_000).toISOString(), minutes };
  };
  return {
    id,
    dateTime(ms) {
      const { iso, minutes } = local(ms);
      if (minutes === 0) return iso;
      const abs = Math.abs(minutes);
      return `${iso.slice(0, -1)}${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    },
    stamp(ms) {
      const { iso } = local(ms);
      // 2011-03-30T14:32:08.834Z → 2011-03-30-14:32:08.834
      return `${iso.slice(0, 10)}-${iso.slice(11, 23)}`;
    },
  };
}
