package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario end to end: {@code fahras index --commit-every 1000} on 20,000 articles in its own JVM, killed
 * with SIGKILL once a commit is on disk; then {@code fahras stats} works and shows whole commits, and the same {@code
 * fahras index} command again ends with exactly 20,000 articles.
 */
class CrashReliabilityTest {
  private static final int ARTICLES = 20_000;
  private static final int COMMIT_EVERY = 1_000;
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path folder;

  @Test
  void killMinusNineThenStatsThenTheSameCommandAgain() throws Exception {
    Path input = Cli.goodArticles(folder.resolve("articles.jsonl"), ARTICLES);
    Path index = folder.resolve("index");
    String[] command = {
      "index", "--index", index.toString(), "--commit-every", Integer.toString(COMMIT_EVERY), input.toString()
    };
    Path childLog = folder.resolve("child.log");
    String[] javaCommand = new String[5 + command.length];
    javaCommand[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    javaCommand[1] = "-Xmx256m";
    javaCommand[2] = "-cp";
    javaCommand[3] = System.getProperty("java.class.path");
    javaCommand[4] = FahrasCli.class.getName();
    System.arraycopy(command, 0, javaCommand, 5, command.length);
    Process child = new ProcessBuilder(javaCommand).redirectErrorStream(true).redirectOutput(childLog.toFile()).start();
    try {
      waitForACommit(index, child, childLog);
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
    }
    assertEquals(137, child.exitValue(), "killed by SIGKILL, not finished: " + Files.readString(childLog));

    IndexReliabilityTest.Result stats = IndexReliabilityTest.run("stats", "--index", index.toString(), "--json");
    assertEquals(FahrasCli.OK, stats.code(), stats.err());
    long committed = json.readTree(stats.out()).get("documents").asLong();
    assertTrue(committed >= COMMIT_EVERY && committed < ARTICLES, "committed " + committed);
    assertEquals(0, committed % COMMIT_EVERY, "whole commits only: " + committed);

    IndexReliabilityTest.Result again = IndexReliabilityTest.run(command);
    assertEquals(FahrasCli.OK, again.code(), again.err());
    assertTrue(again.err().contains("the index holds " + ARTICLES + " articles"), again.err());
    stats = IndexReliabilityTest.run("stats", "--index", index.toString(), "--json");
    assertEquals(ARTICLES, json.readTree(stats.out()).get("documents").asLong());
  }

  /** Polls the index read-only, as a searcher would, until a first commit holds articles. */
  private static void waitForACommit(Path index, Process child, Path childLog) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        fail("the child ended before it was killed (exit " + child.exitValue() + "): " + Files.readString(childLog));
      }
      if (committed(index) > 0) {
        return;
      }
      Thread.sleep(10);
    }
    fail("no commit within two minutes: " + Files.readString(childLog));
  }

  private static int committed(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs();
      }
    }
  }
}
