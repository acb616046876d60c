// "Copy as curl": the journaled SOAP request as a shell command that sends the
// same body with the same headers to the same mock, for replaying a call by hand.

/** @param {string} s */
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * @param {string} url the endpoint the request was sent to
 * @param {{ contentType?: string, soapAction?: string, acceptLanguage?: string, contentEncoding?: string }} transport
 * @param {string} body the request body as the mock received it (decoded)
 * @returns {string}
 */
export function curlCommand(url, transport, body) {
  const headers = [`Content-Type: ${transport.contentType ?? 'text/xml; charset=utf-8'}`];
  // SOAP 1.2 carries the action in the Content-Type; SOAP 1.1 in its own header.
  if (transport.soapAction !== undefined && !(transport.contentType ?? '').includes('action=')) headers.push(`SOAPAction: ${transport.soapAction}`);
  if (transport.acceptLanguage) headers.push(`Accept-Language: ${transport.acceptLanguage}`);
  return [`curl -sS -X POST ${quote(url)}`, ...headers.map((x) => `  -H ${quote(x)}`), `  --data-binary ${quote(body)}`].join(' \\\n');
}
