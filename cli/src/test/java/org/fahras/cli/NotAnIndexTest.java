package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search}, {@code stats} and {@code delete} on something that is not a Fahras index fail with exit 1 and say
 * what it is, instead of answering as if an index were empty.
 */
class NotAnIndexTest {
  @TempDir Path folder;

  private static final List<List<String>> COMMANDS =
      List.of(List.of("search", "العراق"), List.of("stats"), List.of("stats", "--json"), List.of("delete", "x"));

  private static Cli.Result run(List<String> command, Path index) {
    String[] args = new String[command.size() + 2];
    args[0] = command.get(0);
    args[1] = "--index";
    args[2] = index.toString();
    for (int i = 1; i < command.size(); i++) {
      args[i + 2] = command.get(i);
    }
    return Cli.run(args);
  }

  @Test
  void aFolderOfArticlesIsNotAnIndex() {
    for (List<String> command : COMMANDS) {
      Cli.Result result = run(command, Cli.SEEDS);
      assertEquals(FahrasCli.FAILURE, result.code(), command + ": " + result.err());
      assertEquals("", result.out(), command.toString());
      assertEquals("fahras: " + Cli.SEEDS + " is not a Fahras index: it is a folder of 5 files (5 .txt); to index the"
          + " .txt, .jsonl or .jsonl.gz files in it: fahras index " + Cli.SEEDS + " --index DIR\n", result.err());
    }
  }

  @Test
  void anEmptyFolderIsNotAnIndex() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    for (List<String> command : COMMANDS) {
      Cli.Result result = run(command, empty);
      assertEquals(FahrasCli.FAILURE, result.code(), command + ": " + result.err());
      assertEquals("fahras: " + empty + " is not a Fahras index: it is an empty folder\n", result.err());
    }
  }

  @Test
  void aFileIsNotAnIndexAndNoIndexShouldBeCreatedThere() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.txt"), "x");
    for (List<String> command : COMMANDS) {
      Cli.Result result = run(command, file);
      assertEquals(FahrasCli.FAILURE, result.code(), command + ": " + result.err());
      assertTrue(result.err().startsWith("fahras: " + file + " is a file, not a Fahras index"), result.err());
      assertFalse(result.err().contains("create"), result.err());
      assertFalse(result.err().contains("fahras index PATH --index " + file), result.err());
    }
  }

  @Test
  void aMissingIndexIsBadUsageThatSaysHowToMakeOne() {
    Path missing = folder.resolve("nothing");
    for (List<String> command : COMMANDS) {
      Cli.Result result = run(command, missing);
      assertEquals(FahrasCli.USAGE, result.code(), command + ": " + result.err());
      assertEquals("fahras: no index at " + missing + "; create one with: fahras index PATH --index " + missing + "\n",
          result.err());
    }
  }

  @Test
  void aProfileThatIsNotTheIndexsOwnIsRefusedWithoutAdviceToCreateOne() {
    Path index = folder.resolve("index");
    assertEquals(FahrasCli.OK, Cli.run("index", "--index", index.toString(), Cli.SEEDS.toString()).code());
    for (List<String> command : COMMANDS) {
      String[] args = new String[command.size() + 4];
      args[0] = command.get(0);
      args[1] = "--index";
      args[2] = index.toString();
      args[3] = "--profile";
      args[4] = "lucene-arabic";
      for (int i = 1; i < command.size(); i++) {
        args[i + 4] = command.get(i);
      }
      Cli.Result result = Cli.run(args);
      assertEquals(FahrasCli.FAILURE, result.code(), command + ": " + result.err());
      assertEquals("fahras: " + index + " was built with the 'fahras' profile, not 'lucene-arabic': leave out --profile"
          + " (an index is always read with the profile it was built with)\n", result.err());
    }
    assertEquals(FahrasCli.OK, Cli.run("stats", "--index", index.toString(), "--profile", "fahras").code());
  }
}
