package org.fahras.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real headless Chromium driven through ChromeDriver's W3C WebDriver protocol (JSON over HTTP), with the JDK's HTTP
 * client: Debian's {@code chromium} and {@code chromium-driver}, no Selenium. Clicks and typing are WebDriver's own
 * (trusted input events), scripts only read the page.
 */
final class WebDriver implements Closeable {
  /** The W3C key of an element reference. */
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process driver;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  private final String session;

  /** Where Debian installs the two; null when either is missing. */
  static Path[] binaries() {
    Path browser = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
    Path chromedriver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    return browser == null || chromedriver == null ? null : new Path[] {browser, chromedriver};
  }

  private static Path firstExisting(String... paths) {
    for (String path : paths) {
      if (Files.isExecutable(Path.of(path))) {
        return Path.of(path);
      }
    }
    return null;
  }

  WebDriver(Path browser, Path chromedriver, Path profile, Path log) throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    driver =
        new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    base = URI.create("http://127.0.0.1:" + port + "/");
    try {
      session = startSession(browser, profile);
    } catch (IOException | RuntimeException | InterruptedException | AssertionError e) {
      driver.destroyForcibly();
      throw e;
    }
  }

  private String startSession(Path browser, Path profile) throws IOException, InterruptedException {
    waitUntil(Duration.ofSeconds(30), "chromedriver to start", this::ready);
    ObjectNode options = JSON.createObjectNode();
    options.put("binary", browser.toString());
    options.set(
        "args",
        JSON.valueToTree(
            List.of(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=ar", "--user-data-dir=" + profile)));
    ObjectNode always = JSON.createObjectNode();
    always.put("browserName", "chrome");
    always.set("goog:chromeOptions", options);
    ObjectNode capabilities = JSON.createObjectNode();
    capabilities.set("capabilities", JSON.createObjectNode().set("alwaysMatch", always));
    return call("POST", "session", capabilities).get("sessionId").asText();
  }

  private boolean ready() {
    try {
      return call("GET", "status", null).get("ready").asBoolean();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private JsonNode call(String method, String path, Object body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    JsonNode value = JSON.readTree(response.body()).get("value");
    if (response.statusCode() != 200) {
      throw new IllegalStateException("WebDriver " + method + " " + path + ": " + response.statusCode() + " " + value);
    }
    return value;
  }

  private String sessionPath(String rest) {
    return "session/" + session + "/" + rest;
  }

  /** Runs {@code source} (a DevTools script) in every page before its own scripts. */
  void beforeEveryPage(String source) throws IOException {
    call("POST", sessionPath("goog/cdp/execute"), Map.of("cmd", "Page.addScriptToEvaluateOnNewDocument", "params", Map.of("source", source)));
  }

  void open(URI page) throws IOException {
    call("POST", sessionPath("url"), Map.of("url", page.toString()));
  }

  String url() throws IOException {
    return call("GET", sessionPath("url"), null).asText();
  }

  /** The first element {@code css} selects. */
  String find(String css) throws IOException {
    return call("POST", sessionPath("element"), Map.of("using", "css selector", "value", css)).get(ELEMENT).asText();
  }

  void click(String element) throws IOException {
    call("POST", sessionPath("element/" + element + "/click"), Map.of());
  }

  void clear(String element) throws IOException {
    call("POST", sessionPath("element/" + element + "/clear"), Map.of());
  }

  /** Types {@code text} into the element, key by key. */
  void type(String element, String text) throws IOException {
    call("POST", sessionPath("element/" + element + "/value"), Map.of("text", text));
  }

  /** Runs {@code script} (a function body; {@code arguments[i]} are the arguments) and returns its value as JSON. */
  JsonNode script(String script, Object... arguments) throws IOException {
    return call("POST", sessionPath("execute/sync"), Map.of("script", script, "args", List.of(arguments)));
  }

  void windowSize(int width, int height) throws IOException {
    call("POST", sessionPath("window/rect"), Map.of("width", width, "height", height));
  }

  /** Writes a PNG of the window to {@code file}. */
  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(call("GET", sessionPath("screenshot"), null).asText()));
  }

  /** Polls {@code condition} until it holds, or fails naming {@code what}. */
  static void waitUntil(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      call("DELETE", "session/" + session, null);
    } catch (RuntimeException e) {
      // The browser is gone already; the driver is stopped below all the same.
    } finally {
      driver.destroy();
      try {
        if (!driver.waitFor(10, TimeUnit.SECONDS)) {
          driver.destroyForcibly();
        }
      } catch (InterruptedException e) {
        driver.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
