/**
 * Stage "read": raw bytes → SOAP envelope and authHeader options. A body the
 * transport could not read (too large, bad content encoding) is answered here,
 * so those calls are in the journal like any other.
 */
import { findAuthHeader, readHeaderOptions } from '../../auth/read-credentials.js';
import { fault } from '../../faults/catalogue.js';
import { readEnvelope } from '../../soap/read-envelope.js';
import { answerFault } from '../answers.js';
import type { Stage } from '../context.js';

export const read: Stage = {
  name: 'read',
  async run(ctx) {
    const unreadable = ctx.http.readError;
    if (unreadable) {
      const reason =
        unreadable.type === 'entity.too.large'
          ? `The request body exceeds the ${unreadable.limit} byte limit of ips-mock`
          : `The request body could not be read (${unreadable.type ?? 'unreadable body'}); send XML, optionally gzip- or deflate-encoded`;
      // Close the connection: an oversized body may still be arriving.
      return answerFault(ctx, fault('invalidRequestXml', reason), true);
    }
    const envelope = await readEnvelope(ctx.http.body, ctx.http.contentType);
    ctx.envelope = envelope;
    ctx.soap = envelope.soap;
    ctx.record.soapVersion = envelope.soap.id;
    ctx.authHeader = findAuthHeader(envelope.headers);
    ctx.options = readHeaderOptions(ctx.authHeader);
  },
};
