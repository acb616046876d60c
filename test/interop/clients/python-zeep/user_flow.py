"""Issue 8's user flow with zeep as a user writes it (../../user-flow.mjs says what is checked).

Company by name -> folder -> upload job into it (upload by URL, or the files POSTed to the UploadFile
servlet) -> clock -> job Done, its log lists the files -> getAssetsByName / searchAssets find exactly
those -> rename one, delete one -> publish -> logs agree. Reports what zeep decoded; the runner compares
it with what it asked for.
"""
import json
import os
import urllib.request
import uuid
from xml.etree import ElementTree
from xml.sax.saxutils import escape

import zeep

IPS_XSD = 'http://www.scene7.com/IpsApi/xsd'
env = os.environ


def advance(by):
    req = urllib.request.Request(f"{env['IPS_ADMIN']}/clock/advance", data=json.dumps({'by': by}).encode(),
                                 headers={'content-type': 'application/json'}, method='POST')
    urllib.request.urlopen(req).read()


def items(x):
    """zeep unwraps a result with one child and an array with one element: None, one item or a list."""
    if x is None:
        return []
    if isinstance(x, list):
        return x
    if hasattr(x, '__contains__') and 'items' in x:
        return items(x['items'])
    return [x]


def post_files(spec, namespace, company):
    """The upload servlet (POST /scene7/UploadFile, reference §6.8) as a user calls it with the standard
    library: a multipart/form-data body with an `auth` part (an authHeader document), an `uploadParams` part
    (an uploadPostParam document, endJob=true: this POST is the whole job) and one part per file, its
    filename the destination path. Answers the job handle of the bare uploadPostReturn document."""
    auth = (f'<authHeader xmlns="http://www.scene7.com/IpsApi/xsd"><user>{escape(env["IPS_USER"])}</user>'
            f'<password>{escape(env["IPS_PASSWORD"])}</password></authHeader>')
    params = (f'<uploadPostParam xmlns="{namespace}"><companyHandle>{escape(company)}</companyHandle>'
              '<jobName>interop flow servlet upload</jobName><endJob>true</endJob><uploadParams>'
              '<overwrite>true</overwrite><readyForPublish>true</readyForPublish><createMask>false</createMask>'
              '<emailSetting>None</emailSetting></uploadParams></uploadPostParam>')
    boundary = uuid.uuid4().hex
    body = b''
    for name, value in [('auth', auth), ('uploadParams', params)]:
        body += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n'
                 f'Content-Type: text/xml; charset=utf-8\r\n\r\n{value}\r\n').encode()
    for i, f in enumerate(spec['files']):
        content = f'not really a {f["ext"]} file: {f["name"]}\n'.encode() * 64
        body += (f'--{boundary}\r\nContent-Disposition: form-data; name="file{i}"; filename="{f["destPath"]}"\r\n'
                 'Content-Type: application/octet-stream\r\n\r\n').encode() + content + b'\r\n'
    body += f'--{boundary}--\r\n'.encode()
    req = urllib.request.Request(f"{env['IPS_BASE_URL']}/scene7/UploadFile", data=body, method='POST',
                                 headers={'content-type': f'multipart/form-data; boundary={boundary}'})
    with urllib.request.urlopen(req) as r:
        answer = ElementTree.fromstring(r.read())
    return answer.findtext(f'{{{namespace}}}jobHandle')


def run_flow(spec):
    client = zeep.Client(spec['wsdl'])
    auth = client.get_element(f'{{{IPS_XSD}}}authHeader')(user=env['IPS_USER'], password=env['IPS_PASSWORD'])
    ips = client.service

    def call(op, **kw):
        return getattr(ips, op)(_soapheaders=[auth], **kw)

    company = call('getCompanyInfo', companyName=spec['companyName'])
    co = company.companyHandle
    folder_handle = call('createFolder', companyHandle=co, folderPath=spec['folder'])

    def follow(job_handle):
        """Advances the clock until getActiveJobs no longer has the job as anything but Done; the run handle, final state."""
        run, state = None, 'Missing'
        for _ in range(20):
            found = items(call('getActiveJobs', companyHandle=co, jobHandle=job_handle))
            if not found:
                return run, ('Done' if run else state)
            run, state = found[0].jobHandle, found[0].state
            if state == 'Done':
                return run, state
            advance('5s')
        return run, state

    def log_of(job_handle, run):
        logs = items(call('getJobLogs', companyHandle=co))
        details = items(call('getJobLogDetails', companyHandle=co, jobHandle=job_handle))
        lines = items(details[0].detailArray) if details else []
        return {'logFound': any(l.jobHandle == run for l in logs),
                'logAssets': [{'name': d.assetName, 'handle': d['assetHandle'] if 'assetHandle' in d else None} for d in lines if d.assetName]}

    if spec['uploadBy'] == 'servlet':
        upload = post_files(spec, spec['namespace'], co)
    else:
        upload = call('submitJob', companyHandle=co, jobName='interop flow upload', uploadUrlsJob={
            'urlArray': {'items': [{'sourceUrl': f['sourceUrl'], 'destPath': f['destPath']} for f in spec['files']]},
            'overwrite': True, 'readyForPublish': True, 'createMask': False, 'emailSetting': 'None'})
    run, state = follow(upload)
    report = {'version': spec['version'], 'auth': spec['auth'], 'uploadBy': spec['uploadBy'],
              'company': {'handle': co, 'name': company.name, 'rootPath': company.rootPath},
              'folderHandle': folder_handle, 'upload': {'finalState': state, **log_of(upload, run)}}

    names = [f['name'] for f in spec['files']]
    by_name = items(call('getAssetsByName', companyHandle=co, nameArray={'items': names}))
    report['byName'] = [{'name': a.name, 'handle': a.assetHandle, 'folder': a.folder} for a in by_name]

    def search():
        found = call('searchAssets', companyHandle=co, folder=spec['folder'], includeSubfolders=True)
        return [{'name': a.name, 'handle': a.assetHandle, 'folder': a.folder} for a in items(found.assetArray)]
    report['search'] = search()

    handle = {a['name']: a['handle'] for a in report['byName']}
    call('renameAsset', companyHandle=co, assetHandle=handle[spec['rename']['from']], newName=spec['rename']['to'], validateName=True)
    call('deleteAsset', companyHandle=co, assetHandle=handle[spec['delete']])
    report['after'] = search()

    publish = call('submitJob', companyHandle=co, jobName='interop flow publish',
                   imageServingPublishJob={'publishType': 'Full', 'emailSetting': 'None'})
    run, state = follow(publish)
    report['publish'] = {'finalState': state, **log_of(publish, run)}
    return report


def run_flows():
    return [run_flow(spec) for spec in json.loads(env.get('IPS_FLOWS') or '[]')]
