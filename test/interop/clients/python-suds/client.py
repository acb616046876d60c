"""Python suds client for the interop contract (../../README.md).

The client is built at run time from the served WSDL with suds' on-disk cache disabled (cache=None),
so a changed WSDL is always seen. The authHeader is created by suds' factory from the WSDL's element
(ips:authHeader) and set with set_options(soapheaders=...). Request objects are built by the factory too.
"""
import datetime
import json
import os
import sys
import urllib.request

from suds import WebFault
from suds.client import Client
from suds.sudsobject import Object

env = os.environ
VERSIONS = {
    '2014-04-03': (env['IPS_WSDL_2014'], env['IPS_COMPANY_2014']),
    '2016-01-14-beta': (env['IPS_WSDL_BETA'], env['IPS_COMPANY_BETA']),
}
VARIANTS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob',
            'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob',
            'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob']
IPS_XSD = 'http://www.scene7.com/IpsApi/xsd'


def log(*a):
    print('[python-suds]', *a, file=sys.stderr, flush=True)


def distinct(xs):
    return sorted(set(xs))


def items_of(arr):
    """The items of an IPS *Array value.

    suds renders an empty complex element (<jobArray/>, <taskProgressArray/>) as "" rather than as an
    object without items, and a single <items> as a list only because the schema says maxOccurs=unbounded.
    """
    if arr is None or isinstance(arr, str):
        return []
    got = getattr(arr, 'items', None)
    return [] if got is None else list(got) if isinstance(got, list) else [got]


class Ips:
    def __init__(self, version, wsdl, password=None):
        # suds' Client defaults to ObjectCache(days=1) on disk (suds/client.py, Client.__init__);
        # cache=None becomes NoCache, so a changed WSDL is always re-read.
        self.client = Client(wsdl, cache=None)
        self.types_ns = f'{IPS_XSD}/{version}'
        f = self.client.factory
        header = f.create(f'{{{IPS_XSD}}}authHeader')
        header.user = env['IPS_USER']
        header.password = password or env['IPS_PASSWORD']
        header.appName = 'interop-python-suds'
        header.appVersion = '1.0'
        self.client.set_options(soapheaders=header)
        self.service = self.client.service

    def create(self, type_name, **fields):
        obj = self.client.factory.create(f'{{{self.types_ns}}}{type_name}')
        for k, v in fields.items():
            setattr(obj, k, v)
        return obj

    def active_jobs(self, company, **kw):
        # document/literal wrapped: suds unwraps getActiveJobsReturn to its only child, the ActiveJobArray
        return items_of(self.service.getActiveJobs(companyHandle=company, **kw))

    def submit_detail(self, variant):
        if variant == 'imageServingPublishJob':
            return self.create('ImageServingPublishJob', publishType='Incremental', emailSetting='None')
        if variant == 'uploadUrlsJob':
            urls = self.create('UploadUrlArray', items=[
                self.create('UploadUrl', sourceUrl='https://example.com/a.jpg', destPath='shop/a.jpg'),
                self.create('UploadUrl', sourceUrl='https://example.com/b.jpg', destPath='shop/b.jpg')])
            return self.create('UploadUrlsJob', urlArray=urls, overwrite=True, readyForPublish=True,
                               createMask=False, emailSetting='Error')
        if variant == 'exportJob':
            return self.create('ExportJob', assetHandleArray=self.create('HandleArray', items=['a|1001', 'a|1002']),
                               fmt='orig', emailSetting='None')
        raise ValueError(variant)


SUBMIT = ['imageServingPublishJob', 'uploadUrlsJob', 'exportJob']


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def variant_of(j):
    return next((v for v in VARIANTS if getattr(j, v, None) is not None), '(none)')


def typed_ok(j):
    v = variant_of(j)
    detail = getattr(j, v, None) if v != '(none)' else None
    # suds names each unmarshalled object's class after its schema type (ExportJob, ...)
    return (isinstance(j.startDate, datetime.datetime) and isinstance(j.lastProgressUpdate, datetime.datetime)
            and is_int(j.progress) and is_int(j.totalSize)
            and isinstance(detail, Object) and detail.__class__.__name__ == v[0].upper() + v[1:])


def advance(by):
    req = urllib.request.Request(f"{env['IPS_ADMIN']}/clock/advance", data=json.dumps({'by': by}).encode(),
                                 headers={'content-type': 'application/json'}, method='POST')
    with urllib.request.urlopen(req) as r:
        r.read()


summaries = {}
clients = {}
for version, (wsdl, company) in VERSIONS.items():
    c = clients[version] = Ips(version, wsdl)
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
    for variant in SUBMIT:
        # submitJobReturn has a single child: suds unwraps it to the jobHandle string
        handle = c.service.submitJob(companyHandle=company, jobName=f'interop {variant}', locale='de-DE',
                                     **{variant: c.submit_detail(variant)})
        submitted.append({'variant': variant, 'jobHandle': str(handle)})
    for _ in range(10):
        if all(s.get('finalState') == 'Done' for s in submitted):
            break
        advance('5s')
        for s in submitted:
            found = c.active_jobs(company, jobHandle=s['jobHandle'])
            s['finalState'] = str(found[0].state) if found else ('Missing' if 'finalState' not in s else 'Done')
    for s in submitted:
        logs = items_of(c.service.getJobLogs(companyHandle=company))
        s['logFound'] = any(l.jobHandle == s['jobHandle'] for l in logs)
        details = items_of(c.service.getJobLogDetails(companyHandle=company, jobHandle=s['jobHandle']))
        s['detailRows'] = (getattr(details[0], 'detailTotalRows', None) or 0) if details else 0
    log(version, 'submitted', submitted)
    summaries[version]['submitted'] = submitted

    bad = Ips(version, wsdl, password='wrong-password')
    try:
        bad.active_jobs(company)
        log(version, 'wrong password was accepted')
    except WebFault as e:
        # WebFault.fault is the soapenv:Fault unmarshalled *untyped*: suds/client.py _SoapClient.__get_fault
        # uses UmxBasic(), not the schema-aware UmxTyped, so detail.authenticationFault.code is a suds Text
        # (a str) even though the WSDL says xs:int; hence the int().
        fault = getattr(e.fault.detail, 'authenticationFault', None)
        code = getattr(fault, 'code', None)
        log(version, 'fault', e.fault.faultstring, repr(code))
        summaries[version]['authFaultCode'] = int(code) if code is not None else None

print(json.dumps({'client': 'python-suds', 'versions': summaries}))
