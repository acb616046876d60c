// gSOAP (C++) client for the interop contract (../../README.md).
//
// Compiled once per namespace against the code that wsdl2h + soapcpp2 -j -C -x generated from that
// namespace's served WSDL (see ./run). The WSDLs yield the same prefixes (ns1 = service, ns2 =
// http://www.scene7.com/IpsApi/xsd, ns3 = the version's type namespace; pre-4.0's types are in ns2 itself, for
// which ./run compiles this file with ns3__ read as ns2__), so this one file serves all; members that exist in
// only some namespaces (metadataPublishJob, locale, detailTotalRows, exportJob) are detected at compile time.
// IPS_PROXY_HEADER / IPS_PROXY / IPS_NSMAP name the proxy soapcpp2 generated for the WSDL's SOAP 1.1 binding.
//
//   ips-client list   <version> <company>              -> {"jobCount":..,"variants":[..],"states":[..],"locales":[..],"typed":..}
//   ips-client submit <version> <company> <variants>   -> {"submitted":[..],"authFaultCode":..}  (variants: a,b,c)
//
// Environment: IPS_ENDPOINT, IPS_USER, IPS_PASSWORD, IPS_ADMIN (see the README's contract).
#include IPS_PROXY_HEADER
#include IPS_NSMAP

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

static std::string g_version = "?";

#define LOG(...)                                          \
  do {                                                    \
    std::fprintf(stderr, "[gsoap-cpp %s] ", g_version.c_str()); \
    std::fprintf(stderr, __VA_ARGS__);                    \
    std::fputc('\n', stderr);                             \
  } while (0)

static const char *env(const char *name) {
  const char *v = std::getenv(name);
  if (!v || !*v) {
    std::fprintf(stderr, "[gsoap-cpp] missing environment variable %s\n", name);
    std::exit(2);
  }
  return v;
}

// ---- JSON output ---------------------------------------------------------------------------------
static std::string jstr(const std::string &s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) {
          char b[8];
          std::snprintf(b, sizeof b, "\\u%04x", c);
          o += b;
        } else {
          o += static_cast<char>(c);  // UTF-8 passes through (SOAP_C_UTFSTRING keeps it UTF-8)
        }
    }
  }
  return o + "\"";
}
static std::string jlist(const std::set<std::string> &xs) {
  std::string o = "[";
  for (const auto &x : xs) o += (o.size() > 1 ? "," : "") + jstr(x);
  return o + "]";
}

static bool validUtf8(const std::string &s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 99;
    if (n == 99 || i + n >= s.size()) return false;
    for (size_t k = 1; k <= n; k++)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += n + 1;
  }
  return true;
}

// ---- job-detail variants: a member exists only where the version's WSDL declares it ---------------
#define VARIANT(name)                                                                   \
  template <class T>                                                                    \
  static auto v_##name(const T *j, int) -> decltype((void)j->name, bool()) {            \
    static_assert(std::is_pointer<decltype(j->name)>::value, #name " is not a pointer"); \
    return j->name != nullptr;                                                          \
  }                                                                                     \
  template <class T>                                                                    \
  static bool v_##name(const T *, long) { return false; }
VARIANT(imageServingPublishJob)
VARIANT(imageRenderingPublishJob)
VARIANT(videoPublishJob)
VARIANT(serverDirectoryPublishJob)
VARIANT(metadataPublishJob)
VARIANT(uploadDirectoryJob)
VARIANT(uploadUrlsJob)
VARIANT(uploadPostJob)
VARIANT(optimizeImagesJob)
VARIANT(ripPdfsJob)
VARIANT(reprocessAssetsJob)
VARIANT(createVideoSitemapJob)
VARIANT(exportJob)
VARIANT(automatedSetGenerationJob)

// Members some namespaces lack: pre-4.0 has no locale, description or taskProgressArray on ActiveJob,
// JobLog/detailTotalRows exists since 2013-02-15, exportJob since 2012-02-14.
#define HAS_MEMBER(name)                                      \
  template <class T, class = void>                           \
  struct has_##name : std::false_type {};                     \
  template <class T>                                          \
  struct has_##name<T, std::void_t<decltype(std::declval<T &>().name)>> : std::true_type {};
HAS_MEMBER(locale)
HAS_MEMBER(detailTotalRows)
HAS_MEMBER(exportJob)
HAS_MEMBER(taskProgressArray)
HAS_MEMBER(description)

template <class J>
static const std::string *localeOf(const J *j) {
  if constexpr (has_locale<J>::value) return j->locale;
  return nullptr;
}
template <class J>
static const std::string *descriptionOf(const J *j) {
  if constexpr (has_description<J>::value) return j->description;
  return nullptr;
}
template <class J>
static bool hasTaskProgress(const J *j) {
  if constexpr (has_taskProgressArray<J>::value) return j->taskProgressArray != nullptr;
  return false;
}

static std::vector<std::string> variantsOf(const ns3__ActiveJob *j) {
  std::vector<std::string> out;
#define CHECK(name) \
  if (v_##name(j, 0)) out.push_back(#name);
  CHECK(imageServingPublishJob) CHECK(imageRenderingPublishJob) CHECK(videoPublishJob)
  CHECK(serverDirectoryPublishJob) CHECK(metadataPublishJob) CHECK(uploadDirectoryJob) CHECK(uploadUrlsJob)
  CHECK(uploadPostJob) CHECK(optimizeImagesJob) CHECK(ripPdfsJob) CHECK(reprocessAssetsJob)
  CHECK(createVideoSitemapJob) CHECK(exportJob) CHECK(automatedSetGenerationJob)
#undef CHECK
  return out;
}

// The generated types must be the stack's own: xsd:dateTime -> time_t, xsd:int -> int.
static_assert(std::is_same<decltype(ns3__ActiveJob::startDate), time_t>::value, "startDate is not time_t");
static_assert(std::is_same<decltype(ns3__ActiveJob::lastProgressUpdate), time_t>::value, "lastProgressUpdate is not time_t");
static_assert(std::is_same<decltype(ns3__ActiveJob::progress), int>::value, "progress is not int");
static_assert(std::is_same<decltype(ns3__ActiveJob::totalSize), int>::value, "totalSize is not int");

// ---- the proxy -----------------------------------------------------------------------------------
struct Client {
  std::string endpoint;
  IPS_PROXY proxy;
  std::string password;
  // SOAP_C_UTFSTRING: keep std::string content as UTF-8 (ja-JP, zh-TW text would be mangled otherwise).
  // SOAP_XML_STRICT: validate responses against the generated schema types (required elements,
  // element order, no undeclared elements), so a drift of the mock from its own WSDL fails here.
  explicit Client(const std::string &pw)
      : endpoint(env("IPS_ENDPOINT")), proxy(endpoint.c_str(), SOAP_C_UTFSTRING | SOAP_XML_STRICT), password(pw) {}

  // The authHeader goes in the SOAP Header struct wsdl2h generated for the declared header part.
  // gSOAP resets soap->header when it reads a response, so set it before every call.
  void auth() {
    struct soap *s = proxy.soap;
    SOAP_ENV__Header *h = soap_new_SOAP_ENV__Header(s);
    h->ns2__authHeader = soap_new__ns2__authHeader(s);
    h->ns2__authHeader->user = soap_new_std__string(s);
    *h->ns2__authHeader->user = env("IPS_USER");
    h->ns2__authHeader->password = soap_new_std__string(s);
    *h->ns2__authHeader->password = password;
    h->ns2__authHeader->appName = soap_new_std__string(s);
    *h->ns2__authHeader->appName = "interop-gsoap-cpp";
    h->ns2__authHeader->appVersion = soap_new_std__string(s);
    *h->ns2__authHeader->appVersion = "1.0";
    s->header = h;
  }
  std::string *str(const std::string &v) {
    std::string *p = soap_new_std__string(proxy.soap);
    *p = v;
    return p;
  }
  void die(const char *what) {
    LOG("%s failed (error %d):", what, proxy.soap->error);
    proxy.soap_stream_fault(std::cerr);
    std::exit(1);
  }
};

static std::vector<ns3__ActiveJob *> activeJobs(Client &c, const std::string &company, const std::string *jobHandle,
                                                _ns3__getActiveJobsReturn &ret) {
  _ns3__getActiveJobsParam p;
  p.companyHandle = c.str(company);
  if (jobHandle) p.jobHandle = c.str(*jobHandle);
  c.auth();
  if (c.proxy.getActiveJobs(&p, ret) != SOAP_OK) c.die("getActiveJobs");
  if (!ret.jobArray) {
    LOG("getActiveJobsReturn without jobArray");
    std::exit(1);
  }
  return ret.jobArray->items;
}

static int list(const std::string &company) {
  Client c(env("IPS_PASSWORD"));
  _ns3__getActiveJobsReturn ret;
  std::vector<ns3__ActiveJob *> jobs = activeJobs(c, company, nullptr, ret);
  std::set<std::string> variants, states, locales;
  bool typed = true;
  size_t nonAscii = 0;
  const time_t y2000 = 946684800;
  for (const ns3__ActiveJob *j : jobs) {
    std::vector<std::string> v = variantsOf(j);
    if (v.size() != 1) {
      LOG("job %s has %zu job-detail elements", j->jobHandle.c_str(), v.size());
      typed = false;
    }
    variants.insert(v.empty() ? "(none)" : v[0]);
    states.insert(j->state);
    if (const std::string *locale = localeOf(j)) locales.insert(*locale);
    else if (has_locale<ns3__ActiveJob>::value) LOG("job %s has no locale", j->jobHandle.c_str());
    if (j->startDate < y2000 || j->lastProgressUpdate < y2000 || j->lastProgressUpdate < j->startDate) {
      LOG("job %s: implausible dates %ld / %ld", j->jobHandle.c_str(), (long)j->startDate, (long)j->lastProgressUpdate);
      typed = false;
    }
    if (j->progress < 0 || j->progress > 100 || j->totalSize < 0) {
      LOG("job %s: implausible progress %d / totalSize %d", j->jobHandle.c_str(), j->progress, j->totalSize);
      typed = false;
    }
    if (has_taskProgressArray<ns3__ActiveJob>::value && !hasTaskProgress(j)) {
      LOG("job %s: taskProgressArray missing", j->jobHandle.c_str());
      typed = false;
    }
    for (const std::string *s : {&j->name, &j->progressMessage, descriptionOf(j)})
      if (s) {
        if (!validUtf8(*s)) {
          LOG("job %s: text is not valid UTF-8", j->jobHandle.c_str());
          typed = false;
        }
        for (unsigned char ch : *s)
          if (ch >= 0x80) {
            nonAscii++;
            break;
          }
      }
  }
  LOG("%zu jobs for %s (%zu non-ASCII UTF-8 texts)", jobs.size(), company.c_str(), nonAscii);
  if (!jobs.empty()) {
    const ns3__ActiveJob *j = jobs[0];
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&j->startDate));
    LOG("first: %s state=%s startDate=%s progress=%d totalSize=%d", j->jobHandle.c_str(), j->state.c_str(), buf,
        j->progress, j->totalSize);
  }
  std::printf("{\"jobCount\":%zu,\"variants\":%s,\"states\":%s,\"locales\":%s,\"typed\":%s}\n", jobs.size(),
              jlist(variants).c_str(), jlist(states).c_str(), jlist(locales).c_str(), typed ? "true" : "false");
  return 0;
}

static void advanceClock(const char *by) {
  // The mock's admin clock is plain JSON over HTTP, not SOAP: curl does it.
  std::string cmd = std::string("curl -sS -f -o /dev/null -X POST -H 'content-type: application/json' --data '{\"by\":\"") +
                    by + "\"}' '" + env("IPS_ADMIN") + "/clock/advance' 1>&2";
  if (std::system(cmd.c_str()) != 0) {
    LOG("clock advance failed");
    std::exit(1);
  }
}

struct Submitted {
  // jobHandle: the submitted job's (j|<id>|<jobName>||); runHandle: its run's, as its job log carries it.
  std::string variant, jobHandle, finalState, runHandle;
  bool logFound = false;
  int detailRows = 0;
};

template <class P>
static void setLocale(Client &c, P &p) {
  if constexpr (has_locale<P>::value) p.locale = c.str("de-DE");
}

// new, not soap_new_ns3__ExportJob: that function is not generated where the namespace has no ExportJob.
template <class P>
static bool setExportJob(P &p) {
  if constexpr (has_exportJob<P>::value) {
    auto *e = p.exportJob = new std::remove_pointer_t<decltype(p.exportJob)>();
    e->assetHandleArray = new std::remove_pointer_t<decltype(e->assetHandleArray)>();
    // Two images the company has, comma-separated (run passes the runner's exportAssets): unknown handles are 30001.
    std::string list = env("IPS_EXPORT_ASSETS");
    for (size_t at = 0, comma; at <= list.size(); at = comma + 1) {
      comma = list.find(',', at);
      if (comma == std::string::npos) comma = list.size();
      e->assetHandleArray->items.push_back(list.substr(at, comma - at));
    }
    e->fmt = "orig";
    e->emailSetting = "None";
    return true;
  }
  return false;
}

// detailTotalRows since 2013-02-15; before, the number of detail lines.
template <class L>
static int detailRowsOf(const L *l) {
  if constexpr (has_detailTotalRows<L>::value) return l->detailTotalRows ? *l->detailTotalRows : 0;
  return l->detailArray ? static_cast<int>(l->detailArray->items.size()) : 0;
}

static std::vector<std::string> split(const std::string &s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t comma; (comma = s.find(',', start)) != std::string::npos; start = comma + 1) out.push_back(s.substr(start, comma - start));
  out.push_back(s.substr(start));
  return out;
}

static int submit(const std::string &company, const std::string &variants) {
  Client c(env("IPS_PASSWORD"));
  std::vector<Submitted> submitted;
  for (const std::string &variant : split(variants)) {
    _ns3__submitJobParam p;
    p.companyHandle = company;
    p.jobName = "interop " + variant;
    setLocale(c, p);
    const std::string &v = variant;
    if (v == "imageServingPublishJob") {
      p.imageServingPublishJob = soap_new_ns3__ImageServingPublishJob(c.proxy.soap);
      p.imageServingPublishJob->publishType = "Incremental";
      p.imageServingPublishJob->emailSetting = "None";
    } else if (v == "uploadUrlsJob") {
      ns3__UploadUrlsJob *u = p.uploadUrlsJob = soap_new_ns3__UploadUrlsJob(c.proxy.soap);
      u->urlArray = soap_new_ns3__UploadUrlArray(c.proxy.soap);
      for (const char *name : {"a", "b"}) {
        ns3__UploadUrl *url = soap_new_ns3__UploadUrl(c.proxy.soap);
        url->sourceUrl = std::string("https://example.com/") + name + ".jpg";
        url->destPath = std::string("shop/") + name + ".jpg";
        u->urlArray->items.push_back(url);
      }
      u->overwrite = true;
      u->readyForPublish = true;
      u->createMask = false;
      u->emailSetting = "Error";
    } else if (v == "imageRenderingPublishJob") {
      p.imageRenderingPublishJob = soap_new_ns3__ImageRenderingPublishJob(c.proxy.soap);
      p.imageRenderingPublishJob->emailSetting = "None";
    } else if (v != "exportJob" || !setExportJob(p)) {
      LOG("cannot submit %s in this namespace", v.c_str());
      return 1;
    }
    _ns3__submitJobReturn r;
    c.auth();
    if (c.proxy.submitJob(&p, r) != SOAP_OK) c.die("submitJob");
    LOG("submitted %s -> %s", variant.c_str(), r.jobHandle.c_str());
    submitted.push_back({variant, r.jobHandle, "", ""});
  }
  auto pending = [&] {
    for (auto &s : submitted)
      if (s.finalState != "Done") return true;
    return false;
  };
  for (int i = 0; i < 10 && pending(); i++) {
    advanceClock("5s");
    for (auto &s : submitted) {
      _ns3__getActiveJobsReturn ret;
      std::vector<ns3__ActiveJob *> jobs = activeJobs(c, company, &s.jobHandle, ret);
      if (!jobs.empty() && s.runHandle.empty()) s.runHandle = jobs[0]->jobHandle;
      s.finalState = !jobs.empty() ? jobs[0]->state : s.finalState.empty() ? "Missing" : "Done";
    }
  }
  for (auto &s : submitted) {
    _ns3__getJobLogsParam lp;
    lp.companyHandle = c.str(company);
    _ns3__getJobLogsReturn lr;
    c.auth();
    if (c.proxy.getJobLogs(&lp, lr) != SOAP_OK) c.die("getJobLogs");
    if (lr.jobLogArray)
      for (const ns3__JobLog *l : lr.jobLogArray->items)
        if (!s.runHandle.empty() && l->jobHandle == s.runHandle) s.logFound = true;
    _ns3__getJobLogDetailsParam dp;
    dp.companyHandle = company;
    dp.jobHandle = c.str(s.jobHandle);
    _ns3__getJobLogDetailsReturn dr;
    c.auth();
    if (c.proxy.getJobLogDetails(&dp, dr) != SOAP_OK) c.die("getJobLogDetails");
    if (dr.jobLogArray && !dr.jobLogArray->items.empty()) {
      const ns3__JobLog *l = dr.jobLogArray->items[0];
      s.detailRows = detailRowsOf(l);
      size_t got = l->detailArray ? l->detailArray->items.size() : 0;
      LOG("%s: state %s, log %s, detailTotalRows %d, detail items %zu", s.variant.c_str(), s.finalState.c_str(),
          s.logFound ? "found" : "missing", s.detailRows, got);
    }
  }

  // Wrong password: the IPS fault code through gSOAP's fault API (soap->fault->detail, SOAP 1.1).
  int authFaultCode = 0;
  {
    Client bad("wrong-password");
    _ns3__getActiveJobsParam p;
    p.companyHandle = bad.str(company);
    _ns3__getActiveJobsReturn ret;
    bad.auth();
    int rc = bad.proxy.getActiveJobs(&p, ret);
    struct soap *s = bad.proxy.soap;
    if (rc == SOAP_FAULT && s->fault) {
      SOAP_ENV__Detail *d = s->fault->detail ? s->fault->detail : s->fault->SOAP_ENV__Detail;
      if (d && d->ns2__authenticationFault) authFaultCode = d->ns2__authenticationFault->code;
      LOG("wrong password -> fault %s: %s (authenticationFault code %d)", *soap_faultcode(s) ? *soap_faultcode(s) : "?",
          *soap_faultstring(s) ? *soap_faultstring(s) : "?", authFaultCode);
    } else {
      LOG("wrong password: expected a SOAP fault, got rc=%d", rc);
      if (rc != SOAP_OK) bad.proxy.soap_stream_fault(std::cerr);
    }
  }

  std::string out = "[";
  for (const auto &s : submitted) {
    if (out.size() > 1) out += ",";
    out += "{\"variant\":" + jstr(s.variant) + ",\"jobHandle\":" + jstr(s.jobHandle) + ",\"finalState\":" +
           jstr(s.finalState) + ",\"logFound\":" + (s.logFound ? "true" : "false") +
           ",\"detailRows\":" + std::to_string(s.detailRows) + "}";
  }
  out += "]";
  std::printf("{\"submitted\":%s,\"authFaultCode\":%d}\n", out.c_str(), authFaultCode);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s list|submit <version> <company> [variants]\n", argv[0]);
    return 2;
  }
  std::string cmd = argv[1];
  g_version = argv[2];
  if (cmd == "list") return list(argv[3]);
  if (cmd == "submit" && argc == 5) return submit(argv[3], argv[4]);
  std::fprintf(stderr, "unknown command %s\n", argv[1]);
  return 2;
}
