package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmarks/run --help} prints its usage without building anything, and an unknown option is bad usage; the
 * durations it states are the README's.
 */
class RunScriptTest {
  private static final Path SCRIPT = Path.of("run").toAbsolutePath();
  private static final Path README = Path.of("..", "README.md");

  @TempDir Path folder;

  private record Result(int code, String out, String err) {}

  /** Runs the script with a {@code mvn} and a {@code java} on the PATH that only leave a mark when called. */
  private Result run(String... args) throws IOException, InterruptedException {
    Path bin = Files.createDirectories(folder.resolve("bin"));
    for (String tool : List.of("mvn", "java", "javac")) {
      Path fake = bin.resolve(tool);
      Files.writeString(fake, "#!/bin/sh\ntouch '" + folder.resolve("called-" + tool) + "'\nexit 1\n");
      Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(folder.resolve("err.txt").toFile());
    builder.environment().put("PATH", bin + ":/usr/bin:/bin");
    builder.environment().remove("JAVA_HOME");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script did not end within 30 s");
    return new Result(process.exitValue(), out, Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private void assertNothingBuilt() throws IOException {
    try (var marks = Files.list(folder)) {
      assertEquals(List.of(), marks.filter(path -> path.getFileName().toString().startsWith("called-")).toList());
    }
  }

  @Test
  void helpPrintsUsageWithoutBuilding() throws Exception {
    for (String help : List.of("--help", "-h")) {
      Result result = run(help);
      assertEquals(0, result.code(), result.err());
      assertTrue(result.out().startsWith("Usage: benchmarks/run [--quick] [--peers]"), result.out());
      assertTrue(result.out().contains("--query-docs N"), result.out());
      assertFalse(result.out().contains("\u001B"), "no escape codes");
      assertEquals("", result.err());
      assertNothingBuilt();
    }
  }

  @Test
  void anUnknownOptionIsBadUsage() throws Exception {
    Result result = run("--quick", "--bogus");
    assertEquals(2, result.code(), result.err());
    assertTrue(result.err().startsWith("benchmarks/run: unknown option --bogus\nUsage: benchmarks/run"), result.err());
    assertEquals("", result.out());
    Result missing = run("--seed");
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.err().startsWith("benchmarks/run: --seed needs a value\n"), missing.err());
    assertNothingBuilt();
  }

  @Test
  void theReadmeStatesTheDurationsTheScriptStates() throws Exception {
    String usage = run("--help").out().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    String readme =
        Files.readString(README, StandardCharsets.UTF_8).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    Matcher duration =
        Pattern.compile("about [0-9.]+ (?:min|s)[^:;,.()]*|[0-9.]+ min with the[^:;.]*").matcher(usage);
    int found = 0;
    while (duration.find()) {
      found++;
      assertTrue(readme.contains(duration.group().trim()), "the README does not say: " + duration.group());
    }
    assertTrue(found >= 8, "durations found in the usage: " + found);
  }
}
