"""The interop contract (../../README.md) as one flow shared by the Python clients.

Each client supplies a Stack: how its SOAP library builds a client, reads jobs, submits, reads logs
and surfaces a fault. This module owns the order of the steps and the summary it prints.
"""
import json
import os
import sys
import urllib.request

env = os.environ
# One target per namespace the runner chose (../../run-all.mjs): its WSDL, company, the job-detail elements
# that namespace lets a client submit, and whether its submitJob takes a locale.
TARGETS = {t['version']: t for t in json.loads(env['IPS_TARGETS'])}
VARIANTS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob',
            'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob',
            'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob']
IPS_XSD = 'http://www.scene7.com/IpsApi/xsd'


def distinct(xs):
    return sorted(set(xs))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def advance(by):
    """Moves the mock clock through its control API."""
    req = urllib.request.Request(f"{env['IPS_ADMIN']}/clock/advance", data=json.dumps({'by': by}).encode(),
                                 headers={'content-type': 'application/json'}, method='POST')
    with urllib.request.urlopen(req) as r:
        r.read()


class Stack:
    """What a client library must provide; every method receives the client it built."""
    name = 'python'

    def client(self, version, wsdl, password=None): raise NotImplementedError
    def active_jobs(self, c, company, **kw): raise NotImplementedError
    def variant_of(self, job): raise NotImplementedError
    def typed_ok(self, job): raise NotImplementedError
    def submit(self, c, company, variant, locale): raise NotImplementedError
    def job_logs(self, c, company): raise NotImplementedError
    def detail_rows(self, c, company, job_handle): raise NotImplementedError
    def auth_fault_code(self, c, company): raise NotImplementedError

    def log(self, *a):
        print(f'[{self.name}]', *a, file=sys.stderr, flush=True)


def run_contract(stack, flows=None):
    """flows: optional callable returning the user-flow reports (../../user-flow.mjs), run after the contract."""
    summaries = {}
    clients = {}
    # 1-3: every job of every namespace, read before the clock moves.
    for version, t in TARGETS.items():
        wsdl, company = t['wsdl'], t['company']
        c = clients[version] = stack.client(version, wsdl)
        jobs = stack.active_jobs(c, company)
        summaries[version] = {
            'jobCount': len(jobs),
            'variants': distinct(stack.variant_of(j) for j in jobs),
            'states': distinct(str(j.state) for j in jobs),
            # A namespace without ActiveJob/locale (pre-4.0) lists none.
            'locales': distinct(str(loc) for loc in (getattr(j, 'locale', None) for j in jobs) if loc is not None),
            'typed': len(jobs) > 0 and all(stack.typed_ok(j) for j in jobs),
        }
        stack.log(version, len(jobs), 'jobs')
    # 4: submit, follow to Done on the mock clock, read the logs.
    for version, t in TARGETS.items():
        wsdl, company = t['wsdl'], t['company']
        c = clients[version]
        locale = 'de-DE' if t['submitLocale'] else None
        submitted = [{'variant': v, 'jobHandle': stack.submit(c, company, v, locale)} for v in t['submit']]
        for _ in range(10):
            if all(s.get('finalState') == 'Done' for s in submitted):
                break
            advance('5s')
            for s in submitted:
                # submitJob answers the handle of the job as submitted (j|<id>|<jobName>||); it finds the run,
                # whose own handle (j|<id>||<name>|<runId>) is the one its job log carries.
                found = stack.active_jobs(c, company, jobHandle=s['jobHandle'])
                if found:
                    s.setdefault('runHandle', str(found[0].jobHandle))
                s['finalState'] = str(found[0].state) if found else ('Missing' if 'finalState' not in s else 'Done')
        for s in submitted:
            s['logFound'] = 'runHandle' in s and any(l.jobHandle == s['runHandle'] for l in stack.job_logs(c, company))
            s['detailRows'] = stack.detail_rows(c, company, s['jobHandle'])
        stack.log(version, 'submitted', submitted)
        summaries[version]['submitted'] = submitted
        # 5: a wrong password, read through the library's own fault API.
        code = stack.auth_fault_code(stack.client(version, wsdl, password='wrong-password'), company)
        stack.log(version, 'fault code', repr(code))
        summaries[version]['authFaultCode'] = code if is_int(code) else None
    out = {'client': stack.name, 'versions': summaries}
    if flows is not None:
        out['flows'] = flows()
    print(json.dumps(out))
