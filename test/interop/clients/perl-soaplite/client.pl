#!/usr/bin/perl
# Perl SOAP::Lite client for the interop contract (../../README.md).
#
# SOAP::Lite's WSDL/service mode (SOAP::Lite->service) serializes rpc/encoded messages, which is
# wrong for this document/literal service. So this script reads the served WSDL itself (XML::Parser,
# Debian libxml-parser-perl) -- operations, SOAPActions, request/header elements and their schema --
# and lets SOAP::Lite serialize document/literal messages built with SOAP::Data / SOAP::Header and
# do the HTTP. Responses are decoded by SOAP::Lite's deserializer (untyped: no xsi:type on the wire)
# and then typed against the WSDL schema (see typify).
use strict;
use warnings;
use SOAP::Lite;
use LWP::UserAgent;
use XML::Parser;
use JSON::PP;
use Time::Local qw(timegm);
use Time::Piece ();
use Scalar::Util qw(blessed looks_like_number);

binmode STDERR, ':encoding(UTF-8)';
my %env = %ENV;
# One target per namespace the runner chose (../../run-all.mjs): WSDL, company, what to submit, whether submitJob takes a locale.
my @TARGETS = @{JSON::PP::decode_json($env{IPS_TARGETS})};
my @ORDER = map { $_->{version} } @TARGETS;
my %VERSIONS = map { $_->{version} => [$_->{wsdl}, $_->{company}] } @TARGETS;
my %TARGET = map { $_->{version} => $_ } @TARGETS;
my @VARIANTS = qw(imageServingPublishJob imageRenderingPublishJob videoPublishJob serverDirectoryPublishJob metadataPublishJob uploadDirectoryJob uploadUrlsJob uploadPostJob optimizeImagesJob ripPdfsJob reprocessAssetsJob createVideoSitemapJob exportJob automatedSetGenerationJob);
my %SUBMIT = (
    imageRenderingPublishJob => {emailSetting => 'None'},
    imageServingPublishJob => {publishType => 'Incremental', emailSetting => 'None'},
    uploadUrlsJob => {urlArray => {items => [{sourceUrl => 'https://example.com/a.jpg', destPath => 'shop/a.jpg'}, {sourceUrl => 'https://example.com/b.jpg', destPath => 'shop/b.jpg'}]}, overwrite => JSON::PP::true, readyForPublish => JSON::PP::true, createMask => JSON::PP::false, emailSetting => 'Error'},
    # assetHandleArray is added per target: its exportAssets, two images the company has (an unknown handle is 30001).
    exportJob => {fmt => 'orig', emailSetting => 'None'},
);
use constant {XS => 'http://www.w3.org/2001/XMLSchema', WSDL => 'http://schemas.xmlsoap.org/wsdl/', WSOAP => 'http://schemas.xmlsoap.org/wsdl/soap/'};

sub logx { print STDERR join(' ', '[perl-soaplite]', @_), "\n" }
sub distinct { my %s = map { $_ => 1 } @_; [sort keys %s] }
sub as_list { my $x = shift; !defined $x ? () : ref $x eq 'ARRAY' ? @$x : ($x) }
my $ua = LWP::UserAgent->new(timeout => 30);

# ---------------------------------------------------------------------------------------------
# WSDL reading: a namespace-aware tree (XML::Parser, Namespaces => 1); QName-valued attributes
# (type, element, message, binding, base, ref) are resolved against the prefixes in scope.
sub parse_xml_tree {
    my ($xml) = @_;
    my $root = {kids => []};
    my @stack = ($root);
    my $p = XML::Parser->new(Namespaces => 1, Handlers => {
        Start => sub {
            my ($x, $el, %a) = @_;
            my %q;
            for my $k (qw(type element message binding base ref)) {
                next unless defined $a{$k};
                my ($pfx, $local) = $a{$k} =~ /^(?:([^:]+):)?(.+)$/;
                my $uri = $x->expand_ns_prefix(defined $pfx ? $pfx : '#default');
                die "WSDL: unbound prefix in $k='$a{$k}'\n" if defined $pfx && !defined $uri;
                $q{$k} = '{' . ($uri // '') . "}$local";
            }
            my $n = {ns => $x->namespace($el) // '', name => $el, a => \%a, q => \%q, kids => []};
            push @{$stack[-1]{kids}}, $n;
            push @stack, $n;
        },
        End => sub { pop @stack },
    });
    $p->parse($xml);
    return $root->{kids}[0];
}
sub kids { my ($n, $ns, $name) = @_; grep { $_->{ns} eq $ns && (!defined $name || $_->{name} eq $name) } @{$n->{kids}} }

# Model: types/elements keyed '{ns}name'; a complex type is a list of fields
# {name, ns, type ('{xsd}int' or '{tns}Name' or an anonymous type), min, max}.
sub read_wsdl {
    my ($url) = @_;
    my $res = $ua->get($url);
    die "GET $url: " . $res->status_line . "\n" unless $res->is_success;
    my $defs = parse_xml_tree($res->decoded_content(charset => 'none'));
    die "not a WSDL 1.1 document\n" unless $defs->{ns} eq WSDL && $defs->{name} eq 'definitions';
    my $tns = $defs->{a}{targetNamespace};
    my (%types, %elements, %messages, %ops);
    for my $types (kids($defs, WSDL, 'types')) {
        for my $schema (kids($types, XS, 'schema')) {
            my $stns = $schema->{a}{targetNamespace} // '';
            my $qualified = ($schema->{a}{elementFormDefault} // 'unqualified') eq 'qualified';
            my $complex;
            $complex = sub {
                my ($ct, $label) = @_;
                my @fields;
                for my $c (@{$ct->{kids}}) {
                    next if $c->{ns} eq XS && ($c->{name} eq 'annotation' || $c->{name} eq 'anyAttribute');
                    # xs:all (the real WSDL's authHeader) is written in its declared order, which xs:all allows.
                    die "schema: unsupported construct xs:$c->{name} in $label\n" unless $c->{ns} eq XS && ($c->{name} eq 'sequence' || $c->{name} eq 'all');
                    for my $e (@{$c->{kids}}) {
                        die "schema: unsupported particle xs:$e->{name} in $label\n" unless $e->{ns} eq XS && $e->{name} eq 'element';
                        die "schema: element ref not supported in $label\n" if $e->{q}{ref};
                        my ($anon) = kids($e, XS, 'complexType');
                        push @fields, {
                            name => $e->{a}{name}, ns => ($qualified ? $stns : ''),
                            type => $anon ? {label => "$label.$e->{a}{name}", fields => $complex->($anon, "$label.$e->{a}{name}")} : $e->{q}{type},
                            min => $e->{a}{minOccurs} // 1, max => $e->{a}{maxOccurs} // 1,
                        };
                    }
                }
                return \@fields;
            };
            for my $ct (kids($schema, XS, 'complexType')) {
                $types{"{$stns}$ct->{a}{name}"} = {label => $ct->{a}{name}, fields => $complex->($ct, $ct->{a}{name})};
            }
            for my $el (kids($schema, XS, 'element')) {
                my ($anon) = kids($el, XS, 'complexType');
                $elements{"{$stns}$el->{a}{name}"} = {name => $el->{a}{name}, ns => $stns,
                    type => $anon ? {label => $el->{a}{name}, fields => $complex->($anon, $el->{a}{name})} : $el->{q}{type}};
            }
        }
    }
    for my $m (kids($defs, WSDL, 'message')) {
        $messages{"{$tns}$m->{a}{name}"} = {map { $_->{a}{name} => $_->{q}{element} } kids($m, WSDL, 'part')};
    }
    my %port_ops;
    for my $pt (kids($defs, WSDL, 'portType')) {
        for my $op (kids($pt, WSDL, 'operation')) {
            my ($in) = kids($op, WSDL, 'input');
            my ($out) = kids($op, WSDL, 'output');
            $port_ops{"{$tns}$pt->{a}{name}"}{$op->{a}{name}} = {in => $in->{q}{message}, out => $out->{q}{message},
                faults => {map { $_->{a}{name} => $_->{q}{message} } kids($op, WSDL, 'fault')}};
        }
    }
    my ($service) = kids($defs, WSDL, 'service');
    my ($port) = grep { kids($_, WSOAP, 'address') } kids($service, WSDL, 'port');
    my $endpoint = (kids($port, WSOAP, 'address'))[0]{a}{location};
    my ($binding) = grep { "{$tns}$_->{a}{name}" eq $port->{q}{binding} } kids($defs, WSDL, 'binding');
    my ($sb) = kids($binding, WSOAP, 'binding');
    for my $op (kids($binding, WSDL, 'operation')) {
        my $name = $op->{a}{name};
        my ($sop) = kids($op, WSOAP, 'operation');
        my $style = $sop->{a}{style} // $sb->{a}{style} // 'document';
        my ($in) = kids($op, WSDL, 'input');
        my ($body) = kids($in, WSOAP, 'body');
        die "operation $name is $style/$body->{a}{use}, only document/literal is supported\n" unless $style eq 'document' && $body->{a}{use} eq 'literal';
        my $pop = $port_ops{$binding->{q}{type}}{$name} or die "operation $name missing from portType\n";
        my $in_parts = $messages{$pop->{in}};
        my @parts = defined $body->{a}{parts} ? split(' ', $body->{a}{parts}) : keys %$in_parts;
        die "operation $name: expected one body part\n" unless @parts == 1;
        my @headers = map { $messages{$_->{q}{message}}{$_->{a}{part}} } kids($in, WSOAP, 'header');
        # Fault name (portType) -> the element of its message's one part (the real WSDL names every fault part "fault").
        my %faults = map { my $m = $messages{$pop->{faults}{$_}}; ($_ => (values %$m)[0]) } keys %{$pop->{faults}};
        $ops{$name} = {soapAction => $sop->{a}{soapAction} // '', request => $in_parts->{$parts[0]},
            response => (values %{$messages{$pop->{out}}})[0], headers => \@headers, faults => \%faults};
    }
    return {tns => $tns, endpoint => $endpoint, types => \%types, elements => \%elements, ops => \%ops};
}

# ---------------------------------------------------------------------------------------------
# Serialization: Perl data -> SOAP::Data in schema (xs:sequence) order, namespaces from the
# schema (xmlns on each element whose namespace differs from its parent's), no xsi:type.
sub resolve_type { my ($w, $t) = @_; ref $t ? $t : $t =~ /^\{\Q${\XS}\E\}/ ? undef : ($w->{types}{$t} or die "schema: unknown type $t\n") }
sub lexical {
    my ($v, $t, $where) = @_;
    my ($xt) = $t =~ /^\{\Q${\XS}\E\}(\w+)$/ or die "$where: not a built-in type $t\n";
    return (JSON::PP::is_bool($v) ? $v : $v) ? 'true' : 'false' if $xt eq 'boolean';
    return $v->strftime('%Y-%m-%dT%H:%M:%SZ') if $xt eq 'dateTime' && blessed $v;
    die "$where: '$v' is not an integer\n" if $xt =~ /^(int|long)$/ && $v !~ /^[+-]?\d+$/;
    return "$v";
}
sub to_data {
    my ($w, $type, $val, $parent_ns, $where) = @_;
    my %declared = map { $_->{name} => 1 } @{$type->{fields}};
    for (sort keys %$val) { die "$where: '$_' is not declared in $type->{label}\n" unless $declared{$_} }
    my @out;
    for my $f (@{$type->{fields}}) {
        my @vals = exists $val->{$f->{name}} ? ($f->{max} eq 'unbounded' ? as_list($val->{$f->{name}}) : ($val->{$f->{name}})) : ();
        die "$where: required $f->{name} missing\n" if @vals < $f->{min};
        for my $v (@vals) {
            my $d = SOAP::Data->name($f->{name});
            $d->attr({xmlns => $f->{ns}}) if $f->{ns} ne $parent_ns;
            if (my $ct = resolve_type($w, $f->{type})) {
                $d->value(\SOAP::Data->value(to_data($w, $ct, $v, $f->{ns}, "$where/$f->{name}")));
            } else {
                $d->value(lexical($v, $f->{type}, "$where/$f->{name}"))->type('');
            }
            push @out, $d;
        }
    }
    return @out;
}

# ---------------------------------------------------------------------------------------------
# Typing: SOAP::Lite's deserializer yields strings and hashes (repeated children become an array,
# a single one does not). Walk the value against the schema: xs:dateTime -> Time::Piece (after a
# strict xsd:dateTime parse), xs:int/long -> integers, xs:double -> numbers, xs:boolean -> 1/0,
# complex types -> objects blessed into IPS::<version>::<TypeName>; maxOccurs="unbounded" -> array.
# Undeclared or missing required elements are errors.
sub parse_datetime {
    my ($s, $where) = @_;
    my ($y, $mo, $d, $h, $mi, $sec, $frac, $tz) = $s =~ /^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$/
        or die "$where: '$s' is not an xsd:dateTime\n";
    my $epoch = eval { timegm($sec, $mi, $h, $d, $mo - 1, $y) } // die "$where: '$s' is not a valid date\n";
    if (defined $tz && $tz ne 'Z') { my ($sg, $th, $tm) = $tz =~ /^([+-])(\d\d):(\d\d)$/; $epoch -= ($sg eq '-' ? -1 : 1) * ($th * 3600 + $tm * 60) }
    return scalar Time::Piece::gmtime($epoch);    # scalar: in list context it returns the 9-element list
}
sub typify {
    my ($w, $t, $v, $ver, $where) = @_;
    if (my $ct = resolve_type($w, $t)) {
        $v = {} if !defined $v || (!ref $v && $v eq '');
        die "$where: expected a $ct->{label} element, got '$v'\n" unless ref $v eq 'HASH';
        my %declared = map { $_->{name} => 1 } @{$ct->{fields}};
        for (sort keys %$v) { die "$where: element '$_' is not declared in $ct->{label}\n" unless $declared{$_} }
        my %o;
        for my $f (@{$ct->{fields}}) {
            my @vals = as_list($v->{$f->{name}});
            die "$where: required element $f->{name} missing in $ct->{label}\n" if @vals < $f->{min};
            die "$where: $f->{name} occurs " . @vals . " times (maxOccurs $f->{max})\n" if $f->{max} ne 'unbounded' && @vals > $f->{max};
            my @typed = map { typify($w, $f->{type}, $_, $ver, "$where/$f->{name}") } @vals;
            if ($f->{max} eq 'unbounded') { $o{$f->{name}} = \@typed } elsif (@typed) { $o{$f->{name}} = $typed[0] }
        }
        (my $pkg = "IPS::V${ver}::$ct->{label}") =~ s/[^\w:]/_/g;
        return bless \%o, $pkg;
    }
    my ($xt) = $t =~ /\}(\w+)$/;
    die "$where: expected a simple value, got an element structure\n" if ref $v;
    $v //= '';
    return $v if $xt eq 'string';
    return parse_datetime($v, $where) if $xt eq 'dateTime';
    if ($xt eq 'int' || $xt eq 'long') {
        die "$where: '$v' is not an xs:$xt\n" unless $v =~ /^[+-]?\d+$/ && ($xt eq 'long' || ($v >= -2**31 && $v < 2**31));
        return 0 + $v;
    }
    if ($xt eq 'double') { die "$where: '$v' is not an xs:double\n" unless looks_like_number($v) || $v =~ /^-?INF$|^NaN$/; return 0 + $v }
    if ($xt eq 'boolean') { die "$where: '$v' is not an xs:boolean\n" unless $v =~ /^(true|false|1|0)$/; return $v =~ /^(true|1)$/ ? 1 : 0 }
    die "$where: unsupported built-in type xs:$xt\n";
}

# ---------------------------------------------------------------------------------------------
package IpsClient {
    sub new {
        my ($class, $wsdl_url, $version, $password) = @_;
        my $w = main::read_wsdl($wsdl_url);
        my $soap = SOAP::Lite->new(proxy => $w->{endpoint});
        $soap->autotype(0);          # no xsi:type on anything
        $soap->encodingStyle('');    # no soap:encodingStyle (SOAP-ENC) on the envelope: this is literal
        return bless {w => $w, soap => $soap, version => $version, password => $password}, $class;
    }
    sub header {
        my ($self, $qname) = @_;
        my $el = $self->{w}{elements}{$qname} or die "WSDL: header element $qname not declared\n";
        my $t = main::resolve_type($self->{w}, $el->{type});
        my %val = (user => $ENV{IPS_USER}, password => $self->{password}, appName => 'interop-perl-soaplite', appVersion => '1.0');
        return SOAP::Header->name($el->{name})->attr({xmlns => $el->{ns}})->value(\SOAP::Data->value(main::to_data($self->{w}, $t, \%val, $el->{ns}, $el->{name})));
    }
    # Returns (typed response, undef) or (undef, SOAP::SOM with a fault).
    sub call {
        my ($self, $op, %param) = @_;
        my $w = $self->{w};
        my $o = $w->{ops}{$op} or die "operation $op not in the WSDL\n";
        my $req = $w->{elements}{$o->{request}} or die "WSDL: element $o->{request} not declared\n";
        my @body = main::to_data($w, main::resolve_type($w, $req->{type}), \%param, $req->{ns}, $req->{name});
        my @headers = map { $self->header($_) } @{$o->{headers}};
        my $action = $o->{soapAction};
        $self->{soap}->on_action(sub { qq("$action") });
        my $som = $self->{soap}->call(SOAP::Data->name($req->{name})->attr({xmlns => $req->{ns}}) => @body, @headers);
        die "$op: no SOAP response (" . $self->{soap}->transport->status . ")\n" unless ref $som;
        return (undef, $som) if $som->fault;
        my $resp = $w->{elements}{$o->{response}} or die "WSDL: element $o->{response} not declared\n";
        my $body = $som->body;
        die "$op: response body has no $resp->{name}: " . join(',', keys %$body) . "\n" unless exists $body->{$resp->{name}};
        return (main::typify($w, $resp->{type}, $body->{$resp->{name}}, $self->{version}, $resp->{name}), undef);
    }
    sub ok {
        my ($self, $op, %param) = @_;
        my ($r, $fault) = $self->call($op, %param);
        die "$op fault: " . $fault->faultcode . ' ' . $fault->faultstring . "\n" if $fault;
        return $r;
    }
}

sub advance {
    my ($by) = @_;
    my $res = $ua->post("$env{IPS_ADMIN}/clock/advance", 'Content-Type' => 'application/json', Content => encode_json({by => $by}));
    die 'clock advance: ' . $res->status_line . "\n" unless $res->is_success;
}
sub active_jobs { my ($c, $company, %extra) = @_; @{$c->ok('getActiveJobs', companyHandle => $company, %extra)->{jobArray}{items}} }

my (%summaries, %clients);
for my $version (@ORDER) {
    my ($wsdl, $company) = @{$VERSIONS{$version}};
    my $c = $clients{$version} = IpsClient->new($wsdl, $version, $env{IPS_PASSWORD});
    my @jobs = active_jobs($c, $company);
    (my $pkg = "IPS::V${version}::") =~ s/[^\w:]/_/g;
    my $typed = 1;
    my @variants;
    for my $j (@jobs) {
        my ($v) = grep { exists $j->{$_} } @VARIANTS;
        push @variants, $v // '(none)';
        # typify already enforced the schema; re-check the contract's fields explicitly.
        my @bad = grep { !$_->[1] } (
            ['ActiveJob object', ref $j eq "${pkg}ActiveJob"],
            ['startDate date', ref $j->{startDate} eq 'Time::Piece'],
            ['lastProgressUpdate date', ref $j->{lastProgressUpdate} eq 'Time::Piece'],
            ['progress int', $j->{progress} =~ /^-?\d+$/],
            ['totalSize int', $j->{totalSize} =~ /^-?\d+$/],
            ['detail element object', defined $v && ref $j->{$v} eq $pkg . ucfirst($v)],
        );
        if (@bad) { $typed = 0; logx($version, 'untyped job', $j->{jobHandle}, join(', ', map { $_->[0] } @bad), ref $j, defined $v ? ref $j->{$v} : '') }
    }
    $summaries{$version} = {jobCount => scalar @jobs, variants => distinct(@variants), states => distinct(map { $_->{state} } @jobs),
        locales => distinct(grep { defined } map { $_->{locale} } @jobs), typed => $typed ? JSON::PP::true : JSON::PP::false};
    logx($version, scalar @jobs, 'jobs, typed', $typed);
}

for my $version (@ORDER) {
    my ($wsdl, $company) = @{$VERSIONS{$version}};
    my $c = $clients{$version};
    my @submitted;
    for my $variant (@{$TARGET{$version}{submit}}) {
        my $detail = $variant eq 'exportJob' ? {%{$SUBMIT{$variant}}, assetHandleArray => {items => $TARGET{$version}{exportAssets}}} : $SUBMIT{$variant};
        my @locale = $TARGET{$version}{submitLocale} ? (locale => 'de-DE') : ();
        my $r = $c->ok('submitJob', companyHandle => $company, jobName => "interop $variant", @locale, $variant => $detail);
        push @submitted, {variant => $variant, jobHandle => $r->{jobHandle}, finalState => undef};
        logx($version, 'submitted', $variant, $r->{jobHandle});
    }
    for (my $i = 0; $i < 10 && grep({ ($_->{finalState} // '') ne 'Done' } @submitted); $i++) {
        advance('5s');
        for my $s (@submitted) {
            # The submitted job's handle (j|<id>|<jobName>||) finds its run; the run's own handle is in its log.
            my ($j) = active_jobs($c, $company, jobHandle => $s->{jobHandle});
            $s->{runHandle} //= $j->{jobHandle} if $j;
            $s->{finalState} = $j ? $j->{state} : defined $s->{finalState} ? 'Done' : 'Missing';
        }
    }
    for my $s (@submitted) {
        my $logs = $c->ok('getJobLogs', companyHandle => $company);
        $s->{logFound} = (defined $s->{runHandle} && grep { $_->{jobHandle} eq $s->{runHandle} } @{$logs->{jobLogArray}{items}}) ? JSON::PP::true : JSON::PP::false;
        my $details = $c->ok('getJobLogDetails', companyHandle => $company, jobHandle => $s->{jobHandle});
        my ($first) = @{$details->{jobLogArray}{items}};
        # detailTotalRows exists since 2013-02-15; before, count the detail lines.
        $s->{detailRows} = !$first ? 0 : defined $first->{detailTotalRows} ? $first->{detailTotalRows} : scalar(as_list($first->{detailArray} && $first->{detailArray}{items}));
        logx($version, $s->{variant}, $s->{finalState} // 'undef', 'log', $s->{logFound} ? 'yes' : 'no', 'rows', $s->{detailRows});
    }
    $summaries{$version}{submitted} = \@submitted;

    my $bad = IpsClient->new($wsdl, $version, 'wrong-password');
    my ($r, $fault) = $bad->call('getActiveJobs', companyHandle => $company);
    if ($fault) {
        # SOAP::SOM->faultdetail: the decoded <detail>, e.g. {authenticationFault => {code => '10001', ...}};
        # type it with the fault element the WSDL declares for this operation.
        my $detail = $fault->faultdetail;
        my $el = $bad->{w}{ops}{getActiveJobs}{faults}{authenticationFault};
        my $decl = $bad->{w}{elements}{$el} or die "WSDL: fault element $el not declared\n";
        my $af = typify($bad->{w}, $decl->{type}, $detail->{$decl->{name}}, $version, "detail/$decl->{name}");
        $summaries{$version}{authFaultCode} = $af->{code};
        logx($version, 'auth fault', $fault->faultcode, $af->{code}, $af->{reason});
    } else {
        logx($version, 'wrong password was accepted');
    }
}
print JSON::PP->new->canonical->encode({client => 'perl-soaplite', versions => \%summaries}), "\n";
