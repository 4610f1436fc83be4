package org.fahras.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin zip installed as {@code bin/opensearch-plugin install} installs it (unpacked into
 * {@code <home>/plugins/fahras/}) and loaded by OpenSearch's own plugin loader, with its jar-hell check, in a node of
 * its own JVM: that JVM's class path has OpenSearch and its modules but no Fahras class. Over HTTP, the README's
 * setup and example then work. Runs under {@code -Popensearch}.
 */
class InstalledPluginIT {
  private static final Path README = Path.of("..", "README.md");
  private static final Duration START_LIMIT = Duration.ofSeconds(60);
  private static final Duration REQUEST_LIMIT = Duration.ofSeconds(20);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir static Path folder;
  private static Path nodeLog;
  private static Process node;
  private static URI http;

  /** Prints the node's log when a test fails: the node's side of the failure. */
  @RegisterExtension
  static final TestWatcher PRINT_NODE_LOG = new PrintNodeLogOnFailure();

  @BeforeAll
  static void startNode() throws Exception {
    Path home = folder.resolve("opensearch");
    Path pluginFolder = home.resolve("plugins").resolve("fahras");
    Files.createDirectories(pluginFolder);
    PluginZipIT.unzip(pluginFolder);
    int httpPort = freePort();
    int transportPort = freePort();
    nodeLog = folder.resolve("node.log");
    node =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                nodeClassPath(),
                InstalledPluginNode.class.getName(),
                home.toString(),
                Integer.toString(httpPort),
                Integer.toString(transportPort))
            .redirectErrorStream(true)
            .redirectOutput(nodeLog.toFile())
            .start();
    http = URI.create("http://127.0.0.1:" + httpPort + "/");
    awaitHttp();
  }

  /**
   * The test JVM's class path without Fahras (this module's and core's {@code classes} and {@code test-classes}
   * folders, {@code fahras-*.jar}), plus a folder with only {@link InstalledPluginNode}. Were any Fahras class on
   * it, OpenSearch's jar-hell check would rightly refuse the plugin.
   */
  private static String nodeClassPath() throws IOException {
    List<URL> openSearch = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      // Dependencies come as jars from the local repository; every folder on the class path is a Fahras build's.
      if (!entry.isEmpty() && !Files.isDirectory(path) && !path.getFileName().toString().startsWith("fahras-")) {
        openSearch.add(path.toUri().toURL());
        entries.add(entry);
      }
    }
    try (URLClassLoader loader = new URLClassLoader(openSearch.toArray(URL[]::new), null)) {
      assertNotNull(loader.getResource("org/opensearch/node/Node.class"), "OpenSearch is on the class path");
      assertNull(loader.getResource("org/fahras/opensearch/FahrasPlugin.class"), "the plugin is not");
      assertNull(loader.getResource("org/fahras/analysis/FahrasAnalyzer.class"), "fahras-core is not");
      assertNull(loader.getResource("org/fahras/cli/FahrasCli.class"), "fahras-cli is not");
    }
    entries.add(mainClassFolder().toString());
    return String.join(File.pathSeparator, entries);
  }

  /** A folder holding the compiled {@link InstalledPluginNode} and nothing else. */
  private static Path mainClassFolder() throws IOException {
    String name = InstalledPluginNode.class.getName().replace('.', '/') + ".class";
    Path folderOfMain = folder.resolve("node-main");
    Path copy = folderOfMain.resolve(name);
    Files.createDirectories(copy.getParent());
    try (InputStream in = InstalledPluginNode.class.getClassLoader().getResourceAsStream(name)) {
      Files.copy(in, copy);
    }
    return folderOfMain;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits, at most {@link #START_LIMIT}, until the node answers a cluster health request. */
  private static void awaitHttp() throws Exception {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!node.isAlive()) {
        fail("the node exited with " + node.exitValue() + "; its log:\n" + nodeLog());
      }
      try {
        if (request("GET", "_cluster/health", null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // the node is still starting
      }
      Thread.sleep(250);
    }
    fail("the node did not answer within " + START_LIMIT + "; its log:\n" + nodeLog());
  }

  @AfterAll
  static void stopNode() throws Exception {
    if (node != null) {
      node.destroy(); // SIGTERM: the node closes itself
      if (!node.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        node.destroyForcibly().waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
      }
    }
  }

  private static String nodeLog() throws IOException {
    return nodeLog == null || !Files.exists(nodeLog) ? "(none)" : Files.readString(nodeLog, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> request(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.resolve(path)).timeout(REQUEST_LIMIT);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends {@code body} (or none, when null) and returns the response's text, which must be a success. */
  private static String send(String method, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = request(method, path, body);
    assertEquals(2, response.statusCode() / 100, method + " " + path + ": " + response.statusCode() + " " + response.body());
    return response.body();
  }

  private static JsonNode sendJson(String method, String path, String body) throws IOException, InterruptedException {
    return JSON.readTree(send(method, path, body));
  }

  /** A REST request as the README writes it: {@code METHOD path}, then its JSON body. */
  private record Request(String method, String path, String body) {
    JsonNode send() throws IOException, InterruptedException {
      return sendJson(method, path, body);
    }
  }

  /**
   * The README's request whose first line is {@code line}, with its body: the lines after it, up to a blank line or
   * the end of the code block.
   */
  private static Request readmeRequest(String line) throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int start = lines.indexOf(line);
    assertTrue(start >= 0, "README.md has no request " + line);
    StringBuilder body = new StringBuilder();
    for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("```"); i++) {
      body.append(lines.get(i)).append('\n');
    }
    String[] methodAndPath = line.split(" ", 2);
    return new Request(methodAndPath[0], methodAndPath[1], body.toString());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = InstalledPluginIT.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void catPluginsListsTheInstalledPlugin() throws Exception {
    List<String> components = send("GET", "_cat/plugins?h=component", null).lines().map(String::strip).toList();
    assertTrue(components.contains("fahras"), components.toString());
    // A plugin handed over from the class path would be listed by its class name instead.
    assertFalse(components.contains(FahrasPlugin.class.getName()), components.toString());
  }

  @Test
  void analyzeStemsWithTheInstalledAnalyzer() throws Exception {
    JsonNode analyzed =
        sendJson("POST", "_analyze", JSON.writeValueAsString(Map.of("analyzer", FahrasPlugin.ANALYZER, "text", "وبالكتاب")));
    List<String> tokens = new ArrayList<>();
    analyzed.get("tokens").forEach(token -> tokens.add(token.get("token").asText()));
    assertEquals(List.of("كتاب"), tokens);
  }

  @Test
  void theReadmeExampleIsTheTopHit() throws Exception {
    Request pipeline = readmeRequest("PUT _ingest/pipeline/fahras");
    Request index = readmeRequest("PUT articles");
    // The README and the cluster test's resources give the same setup.
    assertEquals(resource("fahras-pipeline.json").strip(), pipeline.body().strip());
    assertEquals(resource("fahras-index.json").strip(), index.body().strip());
    pipeline.send();
    index.send();
    assertEquals("created", readmeRequest("PUT articles/_doc/example-1").send().get("result").asText());
    send("POST", "articles/_refresh", null);

    JsonNode hits =
        readmeRequest("POST articles/_search?search_type=dfs_query_then_fetch").send().get("hits");
    assertEquals(1, hits.get("total").get("value").asInt(), hits.toString());
    JsonNode top = hits.get("hits").get(0);
    assertEquals("example-1", top.get("_id").asText());
    assertTrue(top.get("_score").asDouble() > 0, top.toString());
    // fahras_dates ran in the pipeline: the publication day as epoch days, "أيلول 2025" as its days.
    JsonNode source = top.get("_source");
    assertEquals(LocalDate.of(2024, 9, 24).toEpochDay(), source.get("published").asLong());
    JsonNode mentions = source.get("mentions");
    assertEquals(1, mentions.size(), mentions.toString());
    assertEquals(LocalDate.of(2025, 9, 1).toEpochDay(), mentions.get(0).get("gte").asLong());
    assertEquals(LocalDate.of(2025, 9, 30).toEpochDay(), mentions.get(0).get("lte").asLong());
  }

  /** Prints the node's log after a failed test. */
  static final class PrintNodeLogOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      try {
        System.out.println("InstalledPluginIT: the node's log:\n" + nodeLog());
      } catch (IOException e) {
        System.out.println("InstalledPluginIT: the node's log is unreadable: " + e);
      }
    }
  }
}
