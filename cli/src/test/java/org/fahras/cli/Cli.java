package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI for tests: in-process, as into a pipe or as on a terminal, or as a real process of its own. */
final class Cli {
  /** The project's seed articles. */
  static final Path SEEDS = Path.of("..", "seeds");

  private Cli() {}

  /** Output, error text and exit code of one command line. */
  record Result(int code, String out, String err) {}

  /** Runs in-process with output as into a pipe. */
  static Result run(String... args) {
    return run(Terminal.NONE, args);
  }

  /** Runs in-process with output shown as {@code terminal} says. */
  static Result run(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FahrasCli.run(new PrintWriter(out), new PrintWriter(err), terminal, StopRequest.onCall(), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Writes {@code count} good articles as JSON Lines ({@link IndexReliabilityTest#good}) to {@code file}. */
  static Path goodArticles(Path file, int count) throws IOException {
    try (java.io.BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write(IndexReliabilityTest.good(i));
        out.newLine();
      }
    }
    return file;
  }

  /** The command line of a JVM running the CLI with this test's class path. */
  static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FahrasCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs the CLI as a process of its own, its standard output into a pipe (not a terminal), to the end. */
  static Result process(Path folder, String... args) throws IOException, InterruptedException {
    Path err = Files.createTempFile(folder, "err", ".txt");
    Process process = new ProcessBuilder(javaCommand(args)).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the CLI did not end within two minutes: " + String.join(" ", args));
    }
    return new Result(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
  }
}
