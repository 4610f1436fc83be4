package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C and SIGTERM while {@code fahras index} runs in its own JVM: what was read is committed, the command says what
 * the index holds and exits with 130. Periodic commits are turned off, so every article the index holds afterwards was
 * committed because of the signal.
 */
class InterruptTest {
  private static final int ARTICLES = 200_000;
  private static final Pattern STOPPED =
      Pattern.compile("fahras: stopped: (\\d+) articles read before the stop are committed; the index holds (\\d+) articles");

  @TempDir Path folder;

  @Test
  void ctrlCCommitsWhatWasRead() throws Exception {
    stopsCleanlyOn("INT", "Ctrl-C again quits at once");
  }

  @Test
  void sigtermCommitsWhatWasRead() throws Exception {
    stopsCleanlyOn("TERM", "SIGTERM again quits at once");
  }

  private void stopsCleanlyOn(String signal, String hint) throws Exception {
    Path input = Cli.goodArticles(folder.resolve("articles.jsonl"), ARTICLES);
    Path index = folder.resolve("index");
    Path log = folder.resolve("stderr.txt");
    Process child =
        new ProcessBuilder(Cli.javaCommand("index", "--index", index.toString(), "--commit-every", "1000000000",
                "--commit-seconds", "1000000", input.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      waitForProgress(child, log);
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).inheritIO().start();
      assertEquals(0, kill.waitFor(), "kill -" + signal);
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        fail("the child did not stop within a minute of SIG" + signal + " (is the signal ignored where the tests run? "
            + sigIgnored() + "): " + Files.readString(log));
      }
    } finally {
      child.destroyForcibly();
    }
    String err = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(FahrasCli.INTERRUPTED, child.exitValue(), err);
    assertTrue(err.contains("fahras: stopping: committing what was read (" + hint + ", losing it)"), err);
    List<String> lines = err.lines().toList();
    Matcher stopped = STOPPED.matcher(lines.get(lines.size() - 1));
    assertTrue(stopped.matches(), err);
    long read = Long.parseLong(stopped.group(1));
    long holds = Long.parseLong(stopped.group(2));
    assertEquals(read, holds, err);
    assertTrue(read > 0 && read < ARTICLES, err);

    Cli.Result stats = Cli.run("stats", "--index", index.toString(), "--json");
    assertEquals(FahrasCli.OK, stats.code(), stats.err());
    assertEquals(holds, new ObjectMapper().readTree(stats.out()).get("documents").asLong());
  }

  /** Waits for the first progress line: the child is indexing, and nothing has been committed yet. */
  private static void waitForProgress(Process child, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        fail("the child ended before the signal (exit " + child.exitValue() + "): " + Files.readString(log));
      }
      if (Files.readString(log, StandardCharsets.UTF_8).matches("(?s).*fahras: \\d+ articles, .*")) {
        return;
      }
      Thread.sleep(50);
    }
    fail("no progress within two minutes: " + Files.readString(log));
  }

  /** This JVM's ignored-signal mask, which a child inherits: SIGINT ignored makes Ctrl-C untestable here. */
  private static String sigIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    return Files.exists(status)
        ? Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn")).findFirst().orElse("")
        : "no /proc";
  }
}
