"""Python suds client for the interop contract (../../README.md), flow in ../python-common/contract.py.

The client is built at run time from the served WSDL with suds' on-disk cache disabled (cache=None),
so a changed WSDL is always seen. The authHeader is created by suds' factory from the WSDL's element
(ips:authHeader) and set with set_options(soapheaders=...). Request objects are built by the factory too.
"""
import datetime
import os
import sys

from suds import WebFault
from suds.client import Client
from suds.sudsobject import Object

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'python-common'))
from contract import IPS_XSD, TARGETS, VARIANTS, Stack, env, is_int, run_contract  # noqa: E402


def items_of(arr):
    """The items of an IPS *Array value.

    suds renders an empty complex element (<jobArray/>, <taskProgressArray/>) as "" rather than as an
    object without items, and a single <items> as a list only because the schema says maxOccurs=unbounded.
    """
    if arr is None or isinstance(arr, str):
        return []
    got = getattr(arr, 'items', None)
    return [] if got is None else list(got) if isinstance(got, list) else [got]


class Suds(Stack):
    name = 'python-suds'

    def client(self, version, wsdl, password=None):
        # suds' Client defaults to ObjectCache(days=1) on disk (suds/client.py, Client.__init__);
        # cache=None becomes NoCache, so a changed WSDL is always re-read.
        c = Client(wsdl, cache=None)
        c.types_ns = TARGETS[version]['namespace']  # pre-4.0: the base namespace itself
        c.export_assets = TARGETS[version]['exportAssets']  # two of the company's images (run-all.mjs)
        header = c.factory.create(f'{{{IPS_XSD}}}authHeader')
        header.user = env['IPS_USER']
        header.password = password or env['IPS_PASSWORD']
        header.appName = 'interop-python-suds'
        header.appVersion = '1.0'
        c.set_options(soapheaders=header)
        return c

    @staticmethod
    def create(c, type_name, **fields):
        obj = c.factory.create(f'{{{c.types_ns}}}{type_name}')
        for k, v in fields.items():
            setattr(obj, k, v)
        return obj

    def submit_detail(self, c, variant):
        make = lambda t, **f: self.create(c, t, **f)  # noqa: E731
        if variant == 'imageServingPublishJob':
            return make('ImageServingPublishJob', publishType='Incremental', emailSetting='None')
        if variant == 'uploadUrlsJob':
            urls = make('UploadUrlArray', items=[
                make('UploadUrl', sourceUrl='https://example.com/a.jpg', destPath='shop/a.jpg'),
                make('UploadUrl', sourceUrl='https://example.com/b.jpg', destPath='shop/b.jpg')])
            return make('UploadUrlsJob', urlArray=urls, overwrite=True, readyForPublish=True, createMask=False, emailSetting='Error')
        if variant == 'exportJob':
            return make('ExportJob', assetHandleArray=make('HandleArray', items=c.export_assets), fmt='orig', emailSetting='None')
        if variant == 'imageRenderingPublishJob':
            return make('ImageRenderingPublishJob', emailSetting='None')
        raise ValueError(variant)

    def active_jobs(self, c, company, **kw):
        # document/literal: suds unwraps getActiveJobsReturn to its only child, the ActiveJobArray
        return items_of(c.service.getActiveJobs(companyHandle=company, **kw))

    def variant_of(self, j):
        return next((v for v in VARIANTS if getattr(j, v, None) is not None), '(none)')

    def typed_ok(self, j):
        v = self.variant_of(j)
        detail = getattr(j, v, None) if v != '(none)' else None
        # suds names each unmarshalled object's class after its schema type (ExportJob, ...)
        return (isinstance(j.startDate, datetime.datetime) and isinstance(j.lastProgressUpdate, datetime.datetime)
                and is_int(j.progress) and is_int(j.totalSize)
                and isinstance(detail, Object) and detail.__class__.__name__ == v[0].upper() + v[1:])

    def submit(self, c, company, variant, locale):
        # submitJobReturn has a single child: suds unwraps it to the jobHandle string
        extra = {'locale': locale} if locale else {}
        return str(c.service.submitJob(companyHandle=company, jobName=f'interop {variant}', **extra,
                                       **{variant: self.submit_detail(c, variant)}))

    def job_logs(self, c, company):
        return items_of(c.service.getJobLogs(companyHandle=company))

    def detail_rows(self, c, company, job_handle):
        details = items_of(c.service.getJobLogDetails(companyHandle=company, jobHandle=job_handle))
        if not details:
            return 0
        # detailTotalRows exists since 2013-02-15; before, count the detail lines.
        total = getattr(details[0], 'detailTotalRows', None)
        return total if total is not None else len(items_of(getattr(details[0], 'detailArray', None)))

    def auth_fault_code(self, c, company):
        try:
            self.active_jobs(c, company)
        except WebFault as e:
            # WebFault.fault is the soapenv:Fault unmarshalled *untyped*: suds/client.py _SoapClient.__get_fault
            # uses UmxBasic(), not the schema-aware UmxTyped, so detail.authenticationFault.code is a suds Text
            # (a str) even though the WSDL says xs:int; hence the int().
            code = getattr(getattr(e.fault.detail, 'authenticationFault', None), 'code', None)
            return int(code) if code is not None else None
        self.log('wrong password was accepted')
        return None


run_contract(Suds())
