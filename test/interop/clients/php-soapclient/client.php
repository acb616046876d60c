<?php
// PHP SoapClient (ext/soap) client for the interop contract (../../README.md).
// WSDL mode, document/literal as declared by the served WSDL; nothing is edited.
declare(strict_types=1);

$env = getenv();
// One target per namespace the runner chose (../../run-all.mjs): WSDL, company, what to submit, whether submitJob takes a locale.
$TARGETS = [];
$VERSIONS = [];
foreach (json_decode($env['IPS_TARGETS'], true) as $t) {
    $TARGETS[$t['version']] = $t;
    $VERSIONS[$t['version']] = [$t['wsdl'], $t['company']];
}
$VARIANTS = ['imageServingPublishJob', 'imageRenderingPublishJob', 'videoPublishJob', 'serverDirectoryPublishJob', 'metadataPublishJob', 'uploadDirectoryJob', 'uploadUrlsJob', 'uploadPostJob', 'optimizeImagesJob', 'ripPdfsJob', 'reprocessAssetsJob', 'createVideoSitemapJob', 'exportJob', 'automatedSetGenerationJob'];
$SUBMIT = [
    'imageServingPublishJob' => ['publishType' => 'Incremental', 'emailSetting' => 'None'],
    'uploadUrlsJob' => ['urlArray' => ['items' => [['sourceUrl' => 'https://example.com/a.jpg', 'destPath' => 'shop/a.jpg'], ['sourceUrl' => 'https://example.com/b.jpg', 'destPath' => 'shop/b.jpg']]], 'overwrite' => true, 'readyForPublish' => true, 'createMask' => false, 'emailSetting' => 'Error'],
    // assetHandleArray is added per target: its exportAssets, two images the company has (an unknown handle is 30001).
    'exportJob' => ['fmt' => 'orig', 'emailSetting' => 'None'],
    'imageRenderingPublishJob' => ['emailSetting' => 'None'],
];
const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
const IPS_NS = 'http://www.scene7.com/IpsApi/xsd';
// The binding's soap:header declares namespace="http://www.scene7.com/IpsApi" (as the real WSDL does); ext/soap
// finds the declared header (and so its element and type) under that namespace, and writes the element in its own.
const HEADER_BINDING_NS = 'http://www.scene7.com/IpsApi';

function logx(string ...$a): void { fwrite(STDERR, '[php-soapclient] ' . implode(' ', $a) . "\n"); }
function distinct(array $xs): array { $u = array_values(array_unique($xs)); sort($u, SORT_STRING); return $u; }
function items($arr): array { return ($arr !== null && isset($arr->items)) ? $arr->items : []; }

// xsd:dateTime -> DateTimeImmutable through ext/soap's own typemap hook (ext/soap has no native
// date mapping and would hand back strings otherwise). from_xml receives the element's XML.
$typemap = [[
    'type_ns' => XSD_NS, 'type_name' => 'dateTime',
    'from_xml' => function (string $xml) {
        $text = trim(html_entity_decode(strip_tags($xml), ENT_QUOTES | ENT_XML1, 'UTF-8'));
        if (!preg_match('/^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/', $text)) {
            throw new RuntimeException("not an xsd:dateTime: '$text'");
        }
        return new DateTimeImmutable($text);
    },
    'to_xml' => fn($v) => '<dateTime>' . ($v instanceof DateTimeInterface ? $v->format('Y-m-d\TH:i:s.vP') : (string) $v) . '</dateTime>',
]];

// "Generated types": one PHP class per complexType of the WSDL (from SoapClient::__getTypes()),
// written to IPS_CACHE_DIR keyed by the WSDL's hash, then passed as classmap.
function classmapFor(string $wsdl, string $version): array {
    static $memo = [];
    return $memo[$wsdl] ??= buildClassmap($wsdl, $version);
}

function buildClassmap(string $wsdl, string $version): array {
    $xml = file_get_contents($wsdl);
    if ($xml === false) throw new RuntimeException("cannot fetch $wsdl");
    // Keyed by the WSDL as served (its soap:address / soap12:address blanked: the port changes per run) and this
    // generator's source.
    $full = hash('sha256', preg_replace('/(<(?:soap|soap12):address\s+location=")[^"]*"/', '$1"', $xml) . "\n" . file_get_contents(__FILE__));
    $hash = substr($full, 0, 16);
    $ns = 'Ips\\V' . preg_replace('/\W/', '_', $version) . '_' . $hash;
    $dir = (getenv('IPS_CACHE_DIR') ?: sys_get_temp_dir()) . "/$full";
    if (!is_dir($dir)) @mkdir($dir, 0777, true);
    $file = "$dir/types.php";
    if (!is_file($file)) {
        $probe = new SoapClient($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE, 'features' => SOAP_SINGLE_ELEMENT_ARRAYS]);
        $code = "<?php\n// generated from $wsdl (sha256 $hash) by client.php\nnamespace $ns;\n";
        $names = [];
        foreach ($probe->__getTypes() as $t) {
            if (!preg_match('/^struct (\w+) \{(.*)\}$/s', $t, $m)) continue;
            preg_match_all('/^\s*\S+ (\w+);$/m', $m[2], $fields);
            $code .= "class {$m[1]} {\n" . implode('', array_map(fn($f) => "  public \$$f;\n", $fields[1])) . "}\n";
            $names[] = $m[1];
        }
        $code .= 'return ' . var_export(array_combine($names, array_map(fn($n) => "$ns\\$n", $names)), true) . ";\n";
        $tmp = "$file." . getmypid() . ".tmp"; // runs from several checkouts share the cache
        file_put_contents($tmp, $code);
        rename($tmp, $file);
    }
    return require $file;
}

function client(string $wsdl, string $version, string $password): SoapClient {
    global $typemap, $env;
    $c = new SoapClient($wsdl, [
        'features' => SOAP_SINGLE_ELEMENT_ARRAYS,
        'cache_wsdl' => WSDL_CACHE_NONE,
        'exceptions' => true,
        'trace' => true,
        'typemap' => $typemap,
        'classmap' => classmapFor($wsdl, $version),
    ]);
    $c->__setSoapHeaders([new SoapHeader(HEADER_BINDING_NS, 'authHeader', [
        'user' => $env['IPS_USER'], 'password' => $password, 'appName' => 'interop-php-soapclient', 'appVersion' => '1.0',
    ])]);
    return $c;
}

function call(SoapClient $c, string $op, array $param) {
    try {
        return $c->__soapCall($op, [$param]);
    } catch (SoapFault $f) {
        logx("$op fault:", $f->faultcode ?? '', $f->getMessage());
        logx('request:', (string) $c->__getLastRequest());
        logx('response:', (string) $c->__getLastResponse());
        throw $f;
    }
}

function activeJobs(SoapClient $c, string $company, array $extra = []): array {
    $r = call($c, 'getActiveJobs', ['companyHandle' => $company] + $extra);
    return items($r->jobArray ?? null);
}

function advance(string $by): void {
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => json_encode(['by' => $by])]]);
    if (file_get_contents(getenv('IPS_ADMIN') . '/clock/advance', false, $ctx) === false) throw new RuntimeException('clock advance failed');
}

$summaries = [];
$clients = [];
foreach ($VERSIONS as $version => [$wsdl, $company]) {
    $c = $clients[$version] = client($wsdl, $version, $env['IPS_PASSWORD']);
    $map = classmapFor($wsdl, $version);
    $jobs = activeJobs($c, $company);
    $typed = true;
    $variants = [];
    foreach ($jobs as $j) {
        $v = null;
        foreach ($VARIANTS as $name) if (isset($j->$name)) { $v = $name; break; }
        $variants[] = $v ?? '(none)';
        $ok = $j instanceof $map['ActiveJob']
            && $j->startDate instanceof DateTimeImmutable && $j->lastProgressUpdate instanceof DateTimeImmutable
            && is_int($j->progress) && is_int($j->totalSize)
            && $v !== null && $j->$v instanceof $map[ucfirst($v)];
        foreach (items($j->taskProgressArray ?? null) as $t) {
            $ok = $ok && $t->lastProgressUpdate instanceof DateTimeImmutable && is_int($t->numPending) && is_float($t->progress);
        }
        if (!$ok) { $typed = false; logx($version, 'untyped job:', var_export($j, true)); }
    }
    $summaries[$version] = [
        'jobCount' => count($jobs),
        'variants' => distinct($variants),
        'states' => distinct(array_map(fn($j) => $j->state, $jobs)),
        // A namespace without ActiveJob/locale (pre-4.0) lists none.
        'locales' => distinct(array_values(array_filter(array_map(fn($j) => $j->locale ?? null, $jobs), fn($l) => $l !== null))),
        'typed' => $typed,
    ];
    logx($version, (string) count($jobs), 'jobs, typed', var_export($typed, true));
}

foreach ($VERSIONS as $version => [$wsdl, $company]) {
    $c = $clients[$version];
    $submitted = [];
    foreach ($TARGETS[$version]['submit'] as $variant) {
        $locale = $TARGETS[$version]['submitLocale'] ? ['locale' => 'de-DE'] : [];
        $detail = $variant === 'exportJob' ? ['assetHandleArray' => ['items' => $TARGETS[$version]['exportAssets']]] + $SUBMIT[$variant] : $SUBMIT[$variant];
        $r = call($c, 'submitJob', ['companyHandle' => $company, 'jobName' => "interop $variant"] + $locale + [$variant => $detail]);
        $submitted[] = ['variant' => $variant, 'jobHandle' => $r->jobHandle, 'finalState' => null];
        logx($version, 'submitted', $variant, $r->jobHandle);
    }
    for ($i = 0; $i < 10 && array_filter($submitted, fn($s) => $s['finalState'] !== 'Done'); $i++) {
        advance('5s');
        foreach ($submitted as &$s) {
            // The submitted job's handle (j|<id>|<jobName>||) finds its run; the run's own handle is in its log.
            $j = activeJobs($c, $company, ['jobHandle' => $s['jobHandle']])[0] ?? null;
            if ($j && !isset($s['runHandle'])) $s['runHandle'] = $j->jobHandle;
            $s['finalState'] = $j ? $j->state : ($s['finalState'] === null ? 'Missing' : 'Done');
        }
        unset($s);
    }
    foreach ($submitted as &$s) {
        $logs = call($c, 'getJobLogs', ['companyHandle' => $company]);
        $s['logFound'] = (bool) array_filter(items($logs->jobLogArray ?? null), fn($l) => $l->jobHandle === ($s['runHandle'] ?? null));
        $details = call($c, 'getJobLogDetails', ['companyHandle' => $company, 'jobHandle' => $s['jobHandle']]);
        $first = items($details->jobLogArray ?? null)[0] ?? null;
        // detailTotalRows exists since 2013-02-15; before, count the detail lines.
        $s['detailRows'] = $first === null ? 0 : ($first->detailTotalRows ?? count(items($first->detailArray ?? null)));
        logx($version, $s['variant'], $s['finalState'], 'log', var_export($s['logFound'], true), 'rows', (string) $s['detailRows']);
    }
    unset($s);
    $summaries[$version]['submitted'] = $submitted;

    $bad = client($wsdl, $version, 'wrong-password');
    try {
        $bad->__soapCall('getActiveJobs', [['companyHandle' => $company]]);
        logx($version, 'wrong password was accepted');
    } catch (SoapFault $f) {
        // ext/soap decodes <detail> without the schema (php_packet_soap.c: master_to_zval(&details,
        // NULL, tmp) -- no encoder, the wsdl:fault parts are not consulted), so code arrives as the
        // string '10001' even though ips:authenticationFault/code is xs:int. Cast after checking.
        $code = $f->detail->authenticationFault->code ?? null;
        if (is_string($code) && ctype_digit($code)) $code = (int) $code;
        $summaries[$version]['authFaultCode'] = $code;
        logx($version, 'auth fault', $f->faultcode, var_export($f->detail, true));
    }
}
require __DIR__ . '/user_flow.php';
echo json_encode(['client' => 'php-soapclient', 'versions' => $summaries, 'flows' => runFlows()], JSON_UNESCAPED_SLASHES), "\n";
