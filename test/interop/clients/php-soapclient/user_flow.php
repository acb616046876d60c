<?php
// Issue 8's user flow with PHP SoapClient in WSDL mode as a user writes it (../../user-flow.mjs says what is
// checked): company by name -> folder -> upload-by-URL job -> clock -> Done, log lists the files ->
// getAssetsByName / searchAssets -> rename one, delete one -> publish -> logs agree. Reports what ext/soap decoded.
// auth "legacy": the pre-3.8 AuthUser/AuthPassword headers (namespace http://www.scene7.com/IpsApi, reference §3.4)
// instead of the authHeader the WSDL declares, as old PHP integrations send them.
declare(strict_types=1);

function flowItems($x): array {
    if ($x === null) return [];
    if (isset($x->items)) return is_array($x->items) ? $x->items : [$x->items];
    return [];
}

function flowClient(array $spec): SoapClient {
    $c = new SoapClient($spec['wsdl'], ['features' => SOAP_SINGLE_ELEMENT_ARRAYS, 'cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true, 'trace' => true]);
    $user = getenv('IPS_USER');
    $password = getenv('IPS_PASSWORD');
    $c->__setSoapHeaders($spec['auth'] === 'legacy'
        ? [new SoapHeader('http://www.scene7.com/IpsApi', 'AuthUser', $user), new SoapHeader('http://www.scene7.com/IpsApi', 'AuthPassword', $password)]
        // Under the namespace the binding's soap:header declares (client.php, HEADER_BINDING_NS), so ext/soap encodes it
        // as the WSDL's authHeader element.
        : [new SoapHeader(HEADER_BINDING_NS, 'authHeader', ['user' => $user, 'password' => $password])]);
    return $c;
}

function runFlow(array $spec): array {
    $c = flowClient($spec);
    $call = function (string $op, array $param) use ($c, $spec) {
        try {
            return $c->__soapCall($op, [$param]);
        } catch (SoapFault $f) {
            fwrite(STDERR, "[php-soapclient] flow {$spec['version']} $op fault: {$f->getMessage()}\n" . $c->__getLastRequest() . "\n" . $c->__getLastResponse() . "\n");
            throw $f;
        }
    };
    $advance = function (string $by): void {
        $ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => json_encode(['by' => $by])]]);
        if (file_get_contents(getenv('IPS_ADMIN') . '/clock/advance', false, $ctx) === false) throw new RuntimeException('clock advance failed');
    };

    $info = $call('getCompanyInfo', ['companyName' => $spec['companyName']])->companyInfo;
    $co = $info->companyHandle;
    $folderHandle = $call('createFolder', ['companyHandle' => $co, 'folderPath' => $spec['folder']])->folderHandle;

    // Advances the clock until the job is Done or gone from getActiveJobs: [its run's handle, its final state].
    $follow = function (string $job) use ($call, $advance, $co): array {
        $run = null;
        $state = 'Missing';
        for ($i = 0; $i < 20; $i++) {
            $found = flowItems($call('getActiveJobs', ['companyHandle' => $co, 'jobHandle' => $job])->jobArray ?? null);
            if (!$found) return [$run, $run === null ? $state : 'Done'];
            [$run, $state] = [$found[0]->jobHandle, $found[0]->state];
            if ($state === 'Done') break;
            $advance('5s');
        }
        return [$run, $state];
    };
    $logOf = function (string $job, ?string $run) use ($call, $co): array {
        $logs = flowItems($call('getJobLogs', ['companyHandle' => $co])->jobLogArray ?? null);
        $details = flowItems($call('getJobLogDetails', ['companyHandle' => $co, 'jobHandle' => $job])->jobLogArray ?? null);
        $lines = $details ? flowItems($details[0]->detailArray ?? null) : [];
        return [
            'logFound' => (bool) array_filter($logs, fn($l) => $l->jobHandle === $run),
            'logAssets' => array_values(array_map(fn($d) => ['name' => $d->assetName, 'handle' => $d->assetHandle ?? null], array_filter($lines, fn($d) => isset($d->assetName)))),
        ];
    };

    $upload = $call('submitJob', ['companyHandle' => $co, 'jobName' => 'interop flow upload', 'uploadUrlsJob' => [
        'urlArray' => ['items' => array_map(fn($f) => ['sourceUrl' => $f['sourceUrl'], 'destPath' => $f['destPath']], $spec['files'])],
        'overwrite' => true, 'readyForPublish' => true, 'createMask' => false, 'emailSetting' => 'None',
    ]])->jobHandle;
    [$run, $state] = $follow($upload);
    $report = [
        'version' => $spec['version'], 'auth' => $spec['auth'],
        'company' => ['handle' => $co, 'name' => $info->name, 'rootPath' => $info->rootPath],
        'folderHandle' => $folderHandle,
        'upload' => ['finalState' => $state] + $logOf($upload, $run),
    ];

    $row = fn($a) => ['name' => $a->name, 'handle' => $a->assetHandle, 'folder' => $a->folder];
    $names = array_map(fn($f) => $f['name'], $spec['files']);
    $search = fn() => array_map($row, flowItems($call('searchAssets', ['companyHandle' => $co, 'folder' => $spec['folder'], 'includeSubfolders' => true])->assetArray ?? null));
    // getAssetsByName is no operation of the pre-4.0 WSDL (nor of any before 2010-01-31): there a user finds
    // the assets by name in the folder's search results.
    $byNameServed = (bool) preg_grep('/\bgetAssetsByName\(/', $c->__getFunctions());
    $report['byName'] = $byNameServed
        ? array_map($row, flowItems($call('getAssetsByName', ['companyHandle' => $co, 'nameArray' => ['items' => $names]])->assetArray ?? null))
        : array_values(array_filter($search(), fn($a) => in_array($a['name'], $names, true)));
    $report['search'] = $search();

    $handle = array_column($report['byName'], 'handle', 'name');
    // renameFiles is required up to 2009-07-31 (4.5 dropped it); ext/soap leaves out keys the WSDL's type lacks.
    $call('renameAsset', ['companyHandle' => $co, 'assetHandle' => $handle[$spec['rename']['from']], 'newName' => $spec['rename']['to'], 'validateName' => true, 'renameFiles' => false]);
    $call('deleteAsset', ['companyHandle' => $co, 'assetHandle' => $handle[$spec['delete']]]);
    $report['after'] = $search();

    $publish = $call('submitJob', ['companyHandle' => $co, 'jobName' => 'interop flow publish', 'imageServingPublishJob' => ['publishType' => 'Full', 'emailSetting' => 'None']])->jobHandle;
    [$run, $state] = $follow($publish);
    $report['publish'] = ['finalState' => $state] + $logOf($publish, $run);
    // What the last request carried in its SOAP Header, as {namespace}name: shows which credentials went out.
    // (Read with PCRE: ext/dom is not part of the stack, and ext/soap writes every xmlns on the Envelope.)
    $sent = (string) $c->__getLastRequest();
    preg_match_all('/xmlns:([\w.-]+)="([^"]*)"/', $sent, $m);
    $ns = array_combine($m[1], $m[2]);
    preg_match('#<([\w.-]+:)?Header>(.*)</\1?Header>#s', $sent, $hm);
    preg_match_all('#<(/?)([\w.-]+):([\w.-]+)[^>]*?(/?)>#', $hm[2] ?? '', $tags, PREG_SET_ORDER);
    $report['headersSent'] = [];
    $depth = 0;
    foreach ($tags as [, $close, $prefix, $local, $empty]) {
        if ($close === '' && $depth === 0) $report['headersSent'][] = '{' . ($ns[$prefix] ?? '?') . '}' . $local;
        $depth += $close !== '' ? -1 : ($empty !== '' ? 0 : 1);
    }
    return $report;
}

function runFlows(): array {
    return array_map('runFlow', json_decode(getenv('IPS_FLOWS') ?: '[]', true));
}
