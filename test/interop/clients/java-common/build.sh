# Shared build of the Java clients (sourced by java-jaxws/run and java-axis1/run, which set NAME, CP, TOOL_ID,
# GEN_ID and define generate URL PACKAGE SRC_DIR). Reads the runner's IPS_TARGETS and IPS_FLOWS.
#
# 1. Per namespace (target or user flow), the stack's generator writes Java sources for the served WSDL into
#    package `ips.v<version>` — cached as $IPS_CACHE_DIR/<sha256>/src, the key being sha256 of the WSDL as
#    served (soap:address location blanked: the mock's port changes per run), the generator and its options.
# 2. One javac compiles every namespace's generated sources with Main.java and, per namespace, a copy of
#    Flow.java.in (and UserFlow.java.in for the user flows) — cached as $IPS_CACHE_DIR/<sha256>/classes, keyed by
#    the step-1 keys and every client source. Any change to a WSDL or a source rebuilds what depends on it.
# Entries no run has used for a day are removed. Sets CLASSES (classpath of the build) and exports
# IPS_JAVA_TARGETS / IPS_JAVA_FLOWS (tab-separated, one line each) for Main.
set -euo pipefail
log() { printf '[%s] %s\n' "$NAME" "$*" >&2; }
here=$(pwd)
common=$here/../java-common
cache=${IPS_CACHE_DIR:?IPS_CACHE_DIR not set}
mkdir -p "$cache"

tmps=()
cleanup() { for t in "${tmps[@]+"${tmps[@]}"}"; do rm -rf "$t"; done; }
trap cleanup EXIT
newtmp() { tmp=$(mktemp -d "$cache/tmp.XXXXXX"); tmps+=("$tmp"); }
sha() { sha256sum | cut -c1-64; }
# Blank the service address: <soap:address location="http://127.0.0.1:PORT/…"/> -> location="".
normalize() { sed -E 's#(<([A-Za-z0-9_.-]+:)?address[[:space:]][^>]*location=")[^"]*"#\1"#g'; }

# The runner's JSON, flattened for bash and Java (no JSON library in the JDK). Package: v + version, non-word -> _.
# targets: version pkg wsdl company features(submit variants, "locale" if submitJob has it, "detailTotalRows")
#          exportAssets(two of the company's images, comma-separated: what its exportJob names)
# flows:   version pkg wsdl companyName folder files(sourceUrl|destPath;…) renameFrom renameTo delete logHandles
IPS_JAVA_TARGETS=$(node -e '
  const pkg = (v) => "v" + v.replace(/\W/g, "_");
  for (const t of JSON.parse(process.env.IPS_TARGETS))
    console.log([t.version, pkg(t.version), t.wsdl, t.company, [...t.submit, ...(t.submitLocale ? ["locale"] : []), ...(t.detailTotalRows ? ["detailTotalRows"] : [])].join(","), t.exportAssets.join(",")].join("\t"));')
IPS_JAVA_FLOWS=$(node -e '
  const pkg = (v) => "v" + v.replace(/\W/g, "_");
  for (const f of JSON.parse(process.env.IPS_FLOWS || "[]"))
    console.log([f.version, pkg(f.version), f.wsdl, f.companyName, f.folder, f.files.map((x) => x.sourceUrl + "|" + x.destPath).join(";"), f.rename.from, f.rename.to, f.delete, f.logHandles].join("\t"));')
export IPS_JAVA_TARGETS IPS_JAVA_FLOWS

# The URL a stack generates from (a stack may override it: Axis takes the WSDL without the SOAP 1.2 binding).
type wsdl_for >/dev/null 2>&1 || wsdl_for() { printf '%s' "$1"; }

# gen URL PACKAGE -> GEN_KEY, GEN_DIR (its src/)
gen() {
  local url pkg=$2 key dir
  url=$(wsdl_for "$1")
  newtmp
  curl -sSf -o "$tmp/served.wsdl" "$url" || { log "cannot download $url"; return 1; }
  key=$( { echo "$TOOL_ID $GEN_ID -p ips.$pkg"; normalize < "$tmp/served.wsdl"; } | sha)
  dir="$cache/$key"
  if [ -f "$dir/ok" ]; then
    log "cache hit ips.$pkg ($key)"
  else
    log "generating ips.$pkg from $url ($key)"
    mkdir -p "$tmp/src"
    # Generated from the served URL itself (not the saved copy); the copy is only hashed and kept.
    generate "$url" "ips.$pkg" "$tmp/src" >&2
    touch "$tmp/ok"
    rm -rf "$dir"
    mv -T "$tmp" "$dir" 2>/dev/null || true # a concurrent run may have won
  fi
  touch "$dir/ok"
  GEN_KEY=$key
  GEN_DIR=$dir/src
}

# instantiate TEMPLATE PKG FEATURES OUT: @PKG@/@GEN@ replaced; a line ending in `// @if X` is kept only when the
# namespace has X (a feature of IPS_JAVA_TARGETS), one ending in `// @unless X` only when it has not.
instantiate() {
  awk -v pkg="$2" -v feats=",$3," '
    { line = $0
      if (match(line, /\/\/ @(if|unless) [A-Za-z0-9]+$/)) {
        split(substr(line, RSTART + 4), w, " "); has = index(feats, "," w[2] ",") > 0
        if ((w[1] == "if") != has) next
      }
      gsub(/@PKG@/, "interop." pkg, line); gsub(/@GEN@/, "ips." pkg, line); print line }' "$1" > "$4"
}

start=$(date +%s)
declare -A FEATURES=() WSDL=()
while IFS=$'\t' read -r version pkg wsdl company feats _; do FEATURES[$pkg]=$feats; WSDL[$pkg]=$wsdl; done <<< "$IPS_JAVA_TARGETS"
# A namespace of a user flow: its features are "flow" and "logHandles" where job-log lines carry asset handles.
declare -A FLOW_FEATURES=()
if [ -n "$IPS_JAVA_FLOWS" ]; then
  while IFS=$'\t' read -r version pkg wsdl _ _ _ _ _ _ log_handles; do
    FLOW_FEATURES[$pkg]="flow$([ "$log_handles" = true ] && echo ,logHandles)"
    WSDL[$pkg]=$wsdl
    FEATURES[$pkg]=${FEATURES[$pkg]-}
  done <<< "$IPS_JAVA_FLOWS"
fi
keys="" srcdirs=()
for pkg in $(printf '%s\n' "${!WSDL[@]}" | sort); do
  gen "${WSDL[$pkg]}" "$pkg"
  keys="$keys $pkg=$GEN_KEY:${FEATURES[$pkg]}:${FLOW_FEATURES[$pkg]-}"
  srcdirs+=("$GEN_DIR")
done

# Everything compiled together: the generated code of every namespace, Main and the per-namespace templates.
user_flow=$here/UserFlow.java.in
[ -f "$user_flow" ] || user_flow=/dev/null
bkey=$( { echo "$TOOL_ID$keys"; cat "$common/build.sh" "$common/Main.java" "$here/Flow.java.in" "$user_flow"; } | sha)
bdir="$cache/$bkey"
if [ ! -f "$bdir/ok" ]; then
  log "javac: ${#srcdirs[@]} namespaces with Main ($bkey)"
  newtmp
  mkdir -p "$tmp/src" "$tmp/classes"
  for pkg in "${!WSDL[@]}"; do
    mkdir -p "$tmp/src/interop/$pkg"
    [ -n "${FEATURES[$pkg]}" ] && instantiate "$here/Flow.java.in" "$pkg" "${FEATURES[$pkg]}" "$tmp/src/interop/$pkg/Flow.java"
    [ -n "${FLOW_FEATURES[$pkg]-}" ] && instantiate "$user_flow" "$pkg" "${FLOW_FEATURES[$pkg]}" "$tmp/src/interop/$pkg/UserFlow.java"
  done
  { find "${srcdirs[@]}" "$tmp/src" -name '*.java'; echo "$common/Main.java"; } > "$tmp/sources"
  javac -nowarn -encoding UTF-8 -cp "$CP" -d "$tmp/classes" @"$tmp/sources" >&2
  touch "$tmp/ok"
  rm -rf "$bdir"
  mv -T "$tmp" "$bdir" 2>/dev/null || true
fi
touch "$bdir/ok"
CLASSES=$bdir/classes
log "build ready in $(( $(date +%s) - start ))s"

# Keep the cache bounded: drop entries no run has used for a day and temp dirs left behind by killed runs.
find "$cache" -mindepth 2 -maxdepth 2 -name ok -mmin +1440 -printf '%h\0' | xargs -0 -r rm -rf
find "$cache" -mindepth 1 -maxdepth 1 -name 'tmp.*' -mmin +1440 -exec rm -rf {} +
