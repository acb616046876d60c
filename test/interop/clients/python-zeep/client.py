"""Python zeep client for the interop contract (../../README.md), flow in ../python-common/contract.py.

The client is built at run time from the served WSDL (strict mode, zeep's default); the
authHeader is built from the WSDL's own element (ips:authHeader) and passed as a SOAP header.
"""
import datetime
import os
import sys

import zeep
from zeep.exceptions import Fault
from zeep.xsd import CompoundValue

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'python-common'))
from contract import IPS_XSD, VARIANTS, Stack, env, is_int, run_contract  # noqa: E402
from user_flow import run_flows  # noqa: E402

SUBMIT_DETAILS = {
    'imageServingPublishJob': {'publishType': 'Incremental', 'emailSetting': 'None'},
    'uploadUrlsJob': {'urlArray': {'items': [{'sourceUrl': 'https://example.com/a.jpg', 'destPath': 'shop/a.jpg'},
                                             {'sourceUrl': 'https://example.com/b.jpg', 'destPath': 'shop/b.jpg'}]},
                      'overwrite': True, 'readyForPublish': True, 'createMask': False, 'emailSetting': 'Error'},
    # assetHandleArray: two of the company's own images, looked up first (submit below)
    'exportJob': {'fmt': 'orig', 'emailSetting': 'None'},
    'imageRenderingPublishJob': {'emailSetting': 'None'},
}


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


class Zeep(Stack):
    name = 'python-zeep'

    def client(self, version, wsdl, password=None):
        # zeep's default Transport has cache=None (nothing on disk), so a WSDL change is always seen
        c = zeep.Client(wsdl)  # strict=True is zeep's default
        header = c.get_element(f'{{{IPS_XSD}}}authHeader')(
            user=env['IPS_USER'], password=password or env['IPS_PASSWORD'], appName='interop-python-zeep', appVersion='1.0')
        return c, header

    @staticmethod
    def call(c, op, **kw):
        client, header = c
        return getattr(client.service, op)(_soapheaders=[header], **kw)

    def active_jobs(self, c, company, **kw):
        return items_of(self.call(c, 'getActiveJobs', companyHandle=company, **kw))

    def variant_of(self, j):
        return next((v for v in VARIANTS if v in j and j[v] is not None), '(none)')

    def typed_ok(self, j):
        # The job-detail element must be an instance of its generated zeep type (e.g. ExportJob).
        v = self.variant_of(j)
        detail = j[v] if v != '(none)' else None
        return (isinstance(j.startDate, datetime.datetime) and isinstance(j.lastProgressUpdate, datetime.datetime)
                and is_int(j.progress) and is_int(j.totalSize)
                and isinstance(detail, CompoundValue) and detail._xsd_type.name == v[0].upper() + v[1:])

    def submit(self, c, company, variant, locale):
        # submitJobReturn has a single child (jobHandle): zeep unwraps it to the bare string
        extra = {'locale': locale} if locale else {}
        detail = SUBMIT_DETAILS[variant]
        if variant == 'exportJob':
            # A job that works on assets names ones the company has: find two images as a user would.
            found = self.call(c, 'searchAssets', companyHandle=company, includeSubfolders=True,
                              assetTypeArray={'items': ['Image']}, recordsPerPage=2)
            detail = {**detail, 'assetHandleArray': {'items': [a.assetHandle for a in as_list(found.assetArray['items'])]}}
        return self.call(c, 'submitJob', companyHandle=company, jobName=f'interop {variant}', **extra, **{variant: detail})

    def job_logs(self, c, company):
        return items_of(self.call(c, 'getJobLogs', companyHandle=company))

    def detail_rows(self, c, company, job_handle):
        details = items_of(self.call(c, 'getJobLogDetails', companyHandle=company, jobHandle=job_handle))
        if not details:
            return 0
        # detailTotalRows exists since 2013-02-15; before, count the detail lines.
        d = details[0]
        total = d.detailTotalRows if 'detailTotalRows' in d else None
        return total if total is not None else len(as_list(d.detailArray['items'] if d.detailArray is not None else None))

    def auth_fault_code(self, c, company):
        try:
            self.active_jobs(c, company)
        except Fault as e:
            # zeep's Fault.detail is the raw <detail> lxml element (zeep does not map it onto the operation's
            # wsdl:fault messages); parse its ips:authenticationFault child with the WSDL's own element, so the
            # code arrives typed (xs:int -> int).
            raw = e.detail.find(f'{{{IPS_XSD}}}authenticationFault') if e.detail is not None else None
            client = c[0]
            fault = client.get_element(f'{{{IPS_XSD}}}authenticationFault').parse(raw, client.wsdl.types) if raw is not None else None
            return fault.code if fault is not None else None
        self.log('wrong password was accepted')
        return None


run_contract(Zeep(), flows=run_flows)
