"""Python zeep client for the interop contract (../../README.md).

The client is built at run time from the served WSDL (strict mode, zeep's default); the
authHeader is built from the WSDL's own element (ips:authHeader) and passed as a SOAP header.
"""
import datetime
import json
import os
import sys
import urllib.request

import zeep
from zeep.exceptions import Fault
from zeep.xsd import CompoundValue

env = os.environ
VERSIONS = {
    '2014-04-03': (env['IPS_WSDL_2014'], env['IPS_COMPANY_2014']),
    '2016-01-14-beta': (env['IPS_WSDL_BETA'], env['IPS_COMPANY_BETA']),
}
VARIANTS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob',
            'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob',
            'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob']
SUBMIT = {
    'imageServingPublishJob': {'publishType': 'Incremental', 'emailSetting': 'None'},
    'uploadUrlsJob': {'urlArray': {'items': [{'sourceUrl': 'https://example.com/a.jpg', 'destPath': 'shop/a.jpg'},
                                             {'sourceUrl': 'https://example.com/b.jpg', 'destPath': 'shop/b.jpg'}]},
                      'overwrite': True, 'readyForPublish': True, 'createMask': False, 'emailSetting': 'Error'},
    'exportJob': {'assetHandleArray': {'items': ['a|1001', 'a|1002']}, 'fmt': 'orig', 'emailSetting': 'None'},
}
IPS_XSD = 'http://www.scene7.com/IpsApi/xsd'


def log(*a):
    print('[python-zeep]', *a, file=sys.stderr, flush=True)


def distinct(xs):
    return sorted(set(xs))


def as_list(x):
    return [] if x is None else list(x) if isinstance(x, list) else [x]


def items_of(res):
    """The items of a *Return whose only child is an array (jobArray / jobLogArray).

    zeep unwraps a response whose body element has a single child, and then that child again when it is
    a complex value with a single element (zeep/wsdl/messages/soap.py, SoapMessage.deserialize: "Check if
    we can remove the wrapping object"), so getActiveJobsReturn/jobArray/items arrives as the items list
    itself, and an empty <jobArray/> arrives as None. Accept the wrapped shape too, in case a future zeep
    stops unwrapping.
    """
    if res is None or isinstance(res, list):
        return as_list(res)
    if 'items' in res:
        return as_list(res['items'])
    inner = res[next(iter(res))]
    return as_list(inner['items'] if inner is not None else None)


class Ips:
    def __init__(self, wsdl, password=None):
        # zeep's default Transport has cache=None (nothing on disk), so a WSDL change is always seen
        self.client = zeep.Client(wsdl)  # strict=True is zeep's default
        auth_el = self.client.get_element(f'{{{IPS_XSD}}}authHeader')
        self.header = auth_el(user=env['IPS_USER'], password=password or env['IPS_PASSWORD'],
                              appName='interop-python-zeep', appVersion='1.0')

    def call(self, op, **kw):
        return getattr(self.client.service, op)(_soapheaders=[self.header], **kw)

    def active_jobs(self, company, **kw):
        res = self.call('getActiveJobs', companyHandle=company, **kw)
        return items_of(res)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def detail_typed(j):
    """The job-detail element is present as an instance of its generated zeep type (e.g. ExportJob)."""
    v = variant_of(j)
    val = j[v] if v != '(none)' else None
    return isinstance(val, CompoundValue) and val._xsd_type.name == v[0].upper() + v[1:]


def typed_ok(j):
    return (isinstance(j.startDate, datetime.datetime) and isinstance(j.lastProgressUpdate, datetime.datetime)
            and is_int(j.progress) and is_int(j.totalSize) and detail_typed(j))


def variant_of(j):
    return next((v for v in VARIANTS if v in j and j[v] is not None), '(none)')


def advance(by):
    req = urllib.request.Request(f"{env['IPS_ADMIN']}/clock/advance", data=json.dumps({'by': by}).encode(),
                                 headers={'content-type': 'application/json'}, method='POST')
    with urllib.request.urlopen(req) as r:
        r.read()


summaries = {}
clients = {}
for version, (wsdl, company) in VERSIONS.items():
    c = clients[version] = Ips(wsdl)
    jobs = c.active_jobs(company)
    summaries[version] = {
        'jobCount': len(jobs),
        'variants': distinct(variant_of(j) for j in jobs),
        'states': distinct(j.state for j in jobs),
        'locales': distinct(j.locale for j in jobs),
        'typed': len(jobs) > 0 and all(typed_ok(j) for j in jobs),
    }
    log(version, len(jobs), 'jobs')

for version, (wsdl, company) in VERSIONS.items():
    c = clients[version]
    submitted = []
    for variant, detail in SUBMIT.items():
        handle = c.call('submitJob', companyHandle=company, jobName=f'interop {variant}', locale='de-DE',
                        **{variant: detail})
        # submitJobReturn has a single child (jobHandle): zeep unwraps it to the bare string
        submitted.append({'variant': variant, 'jobHandle': handle})
    for _ in range(10):
        if all(s.get('finalState') == 'Done' for s in submitted):
            break
        advance('5s')
        for s in submitted:
            found = c.active_jobs(company, jobHandle=s['jobHandle'])
            s['finalState'] = found[0].state if found else ('Missing' if 'finalState' not in s else 'Done')
    for s in submitted:
        logs = items_of(c.call('getJobLogs', companyHandle=company))
        s['logFound'] = any(l.jobHandle == s['jobHandle'] for l in logs)
        details = items_of(c.call('getJobLogDetails', companyHandle=company, jobHandle=s['jobHandle']))
        s['detailRows'] = (details[0].detailTotalRows or 0) if details else 0
    log(version, 'submitted', submitted)
    summaries[version]['submitted'] = submitted

    bad = Ips(wsdl, password='wrong-password')
    try:
        bad.active_jobs(company)
        log(version, 'wrong password was accepted')
    except Fault as e:
        # zeep's Fault.detail is the raw <detail> lxml element (zeep does not map it onto the operation's
        # wsdl:fault messages); parse its ips:authenticationFault child with the WSDL's own element, so the
        # code arrives typed (xs:int -> int).
        raw = e.detail.find(f'{{{IPS_XSD}}}authenticationFault') if e.detail is not None else None
        fault = bad.client.get_element(f'{{{IPS_XSD}}}authenticationFault').parse(raw, bad.client.wsdl.types) \
            if raw is not None else None
        code = fault.code if fault is not None else None
        log(version, 'fault', e.message, repr(code))
        summaries[version]['authFaultCode'] = code if is_int(code) else None

print(json.dumps({'client': 'python-zeep', 'versions': summaries}))
