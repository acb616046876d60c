"""What a zeep client observes when it calls getActiveJobs for each company given.

Usage: zeep-observe.py <wsdl-url> <company>...  Prints one JSON object: company -> observation.
Used by test/injection-clients.test.ts to check that injected misbehaviour reaches a real client as such.
"""
import json
import sys
import time

import requests
import zeep
from zeep.exceptions import Fault, TransportError

IPS_XSD = 'http://www.scene7.com/IpsApi/xsd'


def observe(client, header, company):
    started = time.monotonic()
    try:
        client.service.getActiveJobs(companyHandle=company, _soapheaders=[header])
        return {'kind': 'result', 'ms': round((time.monotonic() - started) * 1000)}
    except Fault as f:
        detail = f.detail[0] if f.detail is not None and len(f.detail) else None
        code = detail.findtext(f'{{{IPS_XSD}}}code') if detail is not None else None
        reason = detail.findtext(f'{{{IPS_XSD}}}reason') if detail is not None else None
        return {'kind': 'fault', 'element': detail.tag if detail is not None else None, 'code': code, 'reason': reason, 'message': f.message}
    except TransportError as e:
        return {'kind': 'http', 'status': e.status_code, 'body': e.content.decode('utf-8', 'replace') if e.content else ''}
    except requests.exceptions.RequestException as e:
        return {'kind': 'connection', 'error': type(e).__name__, 'message': str(e)[:200]}


def main():
    wsdl, companies = sys.argv[1], sys.argv[2:]
    client = zeep.Client(wsdl)
    header = client.get_element(f'{{{IPS_XSD}}}authHeader')(user='ips@example.com', password='ips-mock')
    print(json.dumps({c: observe(client, header, c) for c in companies}))


main()
