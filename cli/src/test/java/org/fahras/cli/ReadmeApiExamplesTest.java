package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.Fahras;
import org.fahras.cli.serve.SearchServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code curl} command of the README's "Search page and JSON API" section, run as written (with bash and curl)
 * against a server on the seed articles, as the README's two lines start it; each answer must be the JSON the README
 * shows after the command: the same fields in the same order and the same values, but for scores (floating point),
 * the index's size in bytes, and which hits a search ranks where (their fields must match, not their content).
 */
class ReadmeApiExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile("```sh\n(curl [^\n]*)\n```\n\n```json\n(.*?)\n```", Pattern.DOTALL);
  private static final String README_ADDRESS = "http://127.0.0.1:8080";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyCurlExampleAnswersAsShown(@TempDir Path folder) throws Exception {
    if (!onPath("curl")) {
      if (System.getenv("CI") != null) {
        fail("CI is set and curl is missing: apt-get install curl");
      }
      Assumptions.abort("skipped: the README's examples need curl (apt-get install curl)");
    }
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Search page and JSON API");
    assertTrue(start >= 0, "the README has the section");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    String index = folder.resolve("fahras-index").toString();
    Cli.Result indexed = Cli.run("index", "--index", index, Cli.SEEDS.toString());
    assertEquals(FahrasCli.OK, indexed.code(), indexed.err());
    List<String> run = new ArrayList<>();
    try (Fahras fahras = Fahras.open(Path.of(index));
        SearchServer server = SearchServer.start(fahras, new InetSocketAddress("127.0.0.1", 0))) {
      String address = server.uri().toString().replaceFirst("/$", "");
      Matcher example = EXAMPLE.matcher(section);
      while (example.find()) {
        String command = example.group(1);
        assertTrue(command.contains(README_ADDRESS), command);
        String answer = bash(command.replace(README_ADDRESS, address), folder);
        compare(JSON.readTree(example.group(2)), JSON.readTree(answer), "$", false, command);
        run.add(command);
      }
    }
    assertTrue(run.size() >= 7, "examples run: " + run);
  }

  /** The README's sample against the real answer. */
  private static void compare(JsonNode shown, JsonNode real, String path, boolean shapeOnly, String command) {
    String where = command + " at " + path + ": README shows " + shown + ", the server answers " + real;
    if (shown.isObject()) {
      assertTrue(real.isObject(), where);
      List<String> shownFields = new ArrayList<>();
      List<String> realFields = new ArrayList<>();
      shown.fieldNames().forEachRemaining(shownFields::add);
      real.fieldNames().forEachRemaining(realFields::add);
      assertEquals(shownFields, realFields, where);
      for (String field : shownFields) {
        boolean loose = shapeOnly || field.equals("hits") || field.equals("bytes");
        compare(shown.get(field), real.get(field), path + "." + field, loose, command);
      }
    } else if (shown.isArray()) {
      assertTrue(real.isArray(), where);
      if (!shapeOnly) {
        assertEquals(shown.size(), real.size(), where);
      }
      Iterator<JsonNode> shownItems = shown.elements();
      Iterator<JsonNode> realItems = real.elements();
      for (int i = 0; shownItems.hasNext() && realItems.hasNext(); i++) {
        compare(shownItems.next(), realItems.next(), path + "[" + i + "]", shapeOnly, command);
      }
    } else if (shapeOnly || shown.isFloatingPointNumber()) {
      assertEquals(shown.isNumber(), real.isNumber(), where);
      assertEquals(shown.isTextual() || shown.isNull(), real.isTextual() || real.isNull(), where);
    } else {
      assertEquals(shown, real, where);
    }
  }

  private static String bash(String command, Path folder) throws IOException, InterruptedException {
    Path err = folder.resolve("curl-err.txt");
    Process process = new ProcessBuilder("bash", "-c", command).redirectError(err.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), command);
    assertEquals(0, process.exitValue(), command + ": " + Files.readString(err, StandardCharsets.UTF_8));
    return out;
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
