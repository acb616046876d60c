/**
 * Stage "read" of an UploadFile POST (reference §6.8): the `auth` part → the
 * authHeader (its options first, so faultHttpStatusCode applies to every later
 * fault), the `uploadParams` part → the request element. Together they stand
 * in for a SOAP envelope, so the stages that follow (authenticate, decode,
 * operate) read them as they read a SOAP call.
 */
import { findAuthHeader, readHeaderOptions } from '../../auth/read-credentials.js';
import { fault } from '../../faults/catalogue.js';
import { BASE_NS } from '../../schema/base-namespace.js';
import { decodeRequestText } from '../../soap/request-charset.js';
import { parseXmlAsync, XmlParseError, type XmlElement } from '../../xml/parse-xml.js';
import { answerFault } from '../answers.js';
import { need, type Stage } from '../context.js';
import type { XmlPart } from '../types.js';

async function partElement(part: XmlPart, name: string): Promise<XmlElement> {
  try {
    return await parseXmlAsync(decodeRequestText(part.bytes, part.contentType));
  } catch (e) {
    if (e instanceof XmlParseError) throw fault('invalidRequestXml', `The '${name}' part is not well-formed XML: ${e.message}`);
    throw e;
  }
}

export const readUpload: Stage = {
  name: 'read',
  async run(ctx) {
    const upload = need(ctx.upload, 'upload');
    if (upload.problem) return answerFault(ctx, fault(upload.problem.fault, upload.problem.reason), upload.problem.close);
    if (!upload.auth) {
      throw fault('noCredentials', "The UploadFile POST has no 'auth' part: send an authHeader XML document (user, password) as the form part named auth");
    }
    const auth = await partElement(upload.auth, 'auth');
    if (!findAuthHeader([auth])) {
      throw fault('invalidRequestXml', `The 'auth' part must be an authHeader document (in ${BASE_NS} or the namespace of the API version), got {${auth.ns}}${auth.local}`);
    }
    ctx.authHeader = auth;
    ctx.options = readHeaderOptions(auth);
    if (!upload.uploadParams) {
      throw fault('missingParameter', "The UploadFile POST has no 'uploadParams' part: send an uploadPostParam XML document as the form part named uploadParams");
    }
    const body = await partElement(upload.uploadParams, 'uploadParams');
    ctx.envelope = { soap: ctx.soap, headers: [auth], body };
  },
};
