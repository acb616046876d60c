// Shared driver of the Java clients (java-jaxws, java-axis1) for the interop contract (../../README.md).
// The client's name comes from -Dinterop.client; the stack-specific calls live in each client's Flow.java.in.
// Version-independent part: environment, mock clock, JSON summary. The per-version flow lives in
// Flow.java.in, which each run script instantiates once per generated package (wsimport or WSDL2Java).
package interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public class Main {
  /** Job-detail element names, in WSDL order (same list as the node-soap client). */
  public static final List<String> VARIANTS = Arrays.asList("imageServingPublishJob", "imageRenderingPublishJob",
      "videoPublishJob", "serverDirectoryPublishJob", "metadataPublishJob", "uploadDirectoryJob", "uploadUrlsJob",
      "uploadPostJob", "optimizeImagesJob", "ripPdfsJob", "reprocessAssetsJob", "createVideoSitemapJob", "exportJob",
      "automatedSetGenerationJob");

  public static final String USER = env("IPS_USER");
  public static final String PASSWORD = env("IPS_PASSWORD");
  public static final String ENDPOINT = env("IPS_ENDPOINT");

  /** What one version's flow reports. */
  public static class Summary {
    public int jobCount;
    public final List<String> variants = new ArrayList<>();
    public final List<String> states = new ArrayList<>();
    public final List<String> locales = new ArrayList<>();
    public boolean typed = true;
    public final List<Submitted> submitted = new ArrayList<>();
    public Integer authFaultCode;
  }

  public static class Submitted {
    public final String variant;
    /** As submitJob answers it: the submitted job's handle, j|<id>|<jobName>||, which finds its run. */
    public final String jobHandle;
    /** The run's own handle (j|<id>||<name>|<runId>), as its job log carries it. */
    public String runHandle;
    public String finalState;
    public boolean logFound;
    public int detailRows;

    public Submitted(String variant, String jobHandle) {
      this.variant = variant;
      this.jobHandle = jobHandle;
    }
  }

  /** Implemented by interop.<package>.Flow, one per namespace (Flow.java.in). */
  public interface VersionFlow {
    Summary readActiveJobs() throws Exception;

    void submitAndFollow(Summary s) throws Exception;

    void readAuthFault(Summary s) throws Exception;
  }

  static final String CLIENT = System.getProperty("interop.client", "java");

  static String env(String name) {
    String v = System.getenv(name);
    if (v == null || v.isEmpty()) throw new IllegalStateException("missing environment variable " + name);
    return v;
  }

  public static void log(String msg) {
    System.err.println("[" + CLIENT + "] " + msg);
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** POST $IPS_ADMIN/clock/advance {"by": by}. */
  public static void advanceClock(String by) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(env("IPS_ADMIN") + "/clock/advance"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"" + by + "\"}"))
        .build();
    HttpResponse<String> res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() / 100 != 2) throw new IllegalStateException("clock advance: HTTP " + res.statusCode() + " " + res.body());
  }

  /** Sorted, distinct; a missing value (null) sorts last, as JavaScript's sort does with undefined. */
  public static void addDistinct(List<String> into, List<String> values) {
    TreeSet<String> set = new TreeSet<>();
    boolean sawNull = false;
    for (String v : values) {
      if (v == null) sawNull = true;
      else set.add(v);
    }
    into.clear();
    into.addAll(set);
    if (sawNull) into.add(null);
  }

  public static String json(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static String json(List<String> xs) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) b.append(i == 0 ? "" : ",").append(json(xs.get(i)));
    return b.append(']').toString();
  }

  static String json(Summary s) {
    StringBuilder b = new StringBuilder("{");
    b.append("\"jobCount\":").append(s.jobCount);
    b.append(",\"variants\":").append(json(s.variants));
    b.append(",\"states\":").append(json(s.states));
    b.append(",\"locales\":").append(json(s.locales));
    b.append(",\"typed\":").append(s.typed);
    b.append(",\"submitted\":[");
    for (int i = 0; i < s.submitted.size(); i++) {
      Submitted x = s.submitted.get(i);
      b.append(i == 0 ? "" : ",").append("{\"variant\":").append(json(x.variant))
          .append(",\"jobHandle\":").append(json(x.jobHandle))
          .append(",\"finalState\":").append(json(x.finalState))
          .append(",\"logFound\":").append(x.logFound)
          .append(",\"detailRows\":").append(x.detailRows).append('}');
    }
    b.append("],\"authFaultCode\":").append(s.authFaultCode == null ? "null" : s.authFaultCode.toString());
    return b.append('}').toString();
  }

  /**
   * One line per namespace from the run script (IPS_JAVA_TARGETS, tab-separated): version, package, WSDL URL,
   * company, features (the variants to submit, then "locale" / "detailTotalRows" where the namespace has them),
   * export assets (two images the company has, comma-separated: an export job naming unknown ones is 30001).
   */
  public static void main(String[] args) throws Exception {
    Map<String, VersionFlow> flows = new LinkedHashMap<>();
    for (String line : env("IPS_JAVA_TARGETS").split("\n")) {
      String[] t = line.split("\t", -1);
      List<String> submit = new ArrayList<>();
      for (String f : t[4].split(",")) if (VARIANTS.contains(f)) submit.add(f);
      // interop.<package>.Flow: the run script's copy of Flow.java.in for that namespace's generated package.
      flows.put(t[0], (VersionFlow) Class.forName("interop." + t[1] + ".Flow")
          .getConstructor(String.class, String.class, String[].class, String[].class)
          .newInstance(t[2], t[3], submit.toArray(new String[0]), t[5].split(",")));
    }

    Map<String, Summary> summaries = new LinkedHashMap<>();
    // Step 3 of the contract for every version before the clock moves.
    for (Map.Entry<String, VersionFlow> e : flows.entrySet()) {
      Summary s = e.getValue().readActiveJobs();
      summaries.put(e.getKey(), s);
      log(e.getKey() + ": " + s.jobCount + " active jobs, typed=" + s.typed);
    }
    for (Map.Entry<String, VersionFlow> e : flows.entrySet()) {
      Summary s = summaries.get(e.getKey());
      e.getValue().submitAndFollow(s);
      e.getValue().readAuthFault(s);
      log(e.getKey() + ": authFaultCode=" + s.authFaultCode);
    }

    StringBuilder out = new StringBuilder("{\"client\":\"" + CLIENT + "\",\"versions\":{");
    int i = 0;
    for (Map.Entry<String, Summary> e : summaries.entrySet()) {
      out.append(i++ == 0 ? "" : ",").append(json(e.getKey())).append(':').append(json(e.getValue()));
    }
    out.append("},\"flows\":[");
    // The user flows (IPS_JAVA_FLOWS, one line each): interop.<package>.UserFlow reports what the stack decoded.
    String userFlows = System.getenv("IPS_JAVA_FLOWS");
    i = 0;
    for (String line : userFlows == null || userFlows.isEmpty() ? new String[0] : userFlows.split("\n")) {
      String[] f = line.split("\t", -1);
      UserFlowRun flow = (UserFlowRun) Class.forName("interop." + f[1] + ".UserFlow").getConstructor(String[].class).newInstance((Object) f);
      out.append(i++ == 0 ? "" : ",").append(flow.run());
    }
    out.append("]}");
    System.out.println(out);
  }

  /** Implemented by interop.<package>.UserFlow (UserFlow.java.in of a client that runs the user flow). */
  public interface UserFlowRun {
    /** The flow's report as JSON (test/interop/user-flow.mjs). */
    String run() throws Exception;
  }

  /** JSON of a list of {name, handle} objects. */
  public static String jsonAssets(List<String[]> nameHandle) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < nameHandle.size(); i++) {
      String[] a = nameHandle.get(i);
      b.append(i == 0 ? "" : ",").append("{\"name\":").append(json(a[0])).append(",\"handle\":").append(json(a[1]));
      if (a.length > 2) b.append(",\"folder\":").append(json(a[2]));
      b.append('}');
    }
    return b.append(']').toString();
  }
}
