package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fahras serve} as a command: the address it prints, its checks, and a clean stop on Ctrl-C. */
class ServeCommandTest {
  private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)");
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static String index(Path folder) {
    String index = folder.resolve("index").toString();
    Cli.Result indexed = Cli.run("index", "--index", index, Cli.SEEDS.toString());
    assertEquals(FahrasCli.OK, indexed.code(), indexed.err());
    return index;
  }

  private static String get(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  @Test
  void servesOnLoopbackUntilStopped(@TempDir Path folder) throws Exception {
    String index = index(folder);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StopRequest stop = StopRequest.onCall();
    CompletableFuture<Integer> serving =
        CompletableFuture.supplyAsync(
            () -> FahrasCli.run(new PrintWriter(out), new PrintWriter(err), Terminal.NONE, stop, "serve", "--index", index, "--port", "0"));
    Matcher address = awaitAddress(out, serving);
    URI uri = URI.create(address.group(1));
    assertTrue(out.toString().startsWith("serving " + index + " (5 articles) at http://127.0.0.1:"), out.toString());
    assertEquals(5, new ObjectMapper().readTree(get(uri.resolve("/api/stats"))).get("documents").asInt());
    assertTrue(get(uri).contains("dir=\"rtl\""));
    stop.request();
    assertEquals(FahrasCli.OK, serving.get(30, TimeUnit.SECONDS), err.toString());
    assertTrue(err.toString().contains("server stopped"), err.toString());
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", Integer.parseInt(address.group(2))).close(), "the port is closed");
  }

  private static Matcher awaitAddress(StringWriter out, CompletableFuture<Integer> serving) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      Matcher matcher = ADDRESS.matcher(out.toString());
      if (matcher.find()) {
        return matcher;
      }
      if (serving.isDone()) {
        throw new AssertionError("serve ended with " + serving.get() + ": " + out);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no address printed: " + out);
  }

  @Test
  void refusesWhatItCannotServe(@TempDir Path folder) throws Exception {
    Cli.Result missing = Cli.run("serve", "--index", folder.resolve("nothing").toString(), "--port", "0");
    assertEquals(FahrasCli.USAGE, missing.code());
    assertTrue(missing.err().contains("no index at"), missing.err());
    Cli.Result badPort = Cli.run("serve", "--index", folder.toString(), "--port", "70000");
    assertEquals(FahrasCli.USAGE, badPort.code());
    assertTrue(badPort.err().contains("--port"), badPort.err());
    String index = index(folder);
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Cli.Result busy = Cli.run("serve", "--index", index, "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(FahrasCli.FAILURE, busy.code());
      assertTrue(busy.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), busy.err());
      assertFalse(busy.err().contains("\tat "), "no stack trace: " + busy.err());
    }
  }

  /** The real launcher's way: a process of its own, started and stopped by Ctrl-C (SIGINT), exiting with 0. */
  @Test
  void startsQuicklyAndStopsCleanlyOnCtrlC(@TempDir Path folder) throws Exception {
    String index = index(folder);
    Path err = folder.resolve("err.txt");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(Cli.javaCommand("serve", "--index", index, "--port", "0")).redirectError(err.toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      long startedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertNotNull(line, "no address printed: " + Files.readString(err));
      Matcher address = ADDRESS.matcher(line);
      assertTrue(address.find(), line);
      System.out.println("fahras serve printed its address " + startedMillis + " ms after the JVM was started");
      assertTrue(startedMillis < 20_000, "started in " + startedMillis + " ms");
      assertTrue(get(URI.create(address.group(1)).resolve("/api/search?q=%D9%82%D9%88%D8%A7%D8%AA&as_of=2024-10-01")).contains("\"hits\""));
      new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve stops on Ctrl-C");
      String errors = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(FahrasCli.OK, process.exitValue(), errors);
      assertTrue(errors.contains("fahras: stopping: closing the server"), errors);
      assertTrue(errors.contains("fahras: server stopped"), errors);
      assertFalse(errors.contains("Exception"), errors);
    } finally {
      process.destroyForcibly();
    }
  }
}
