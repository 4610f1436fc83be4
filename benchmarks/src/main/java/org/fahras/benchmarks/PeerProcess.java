package org.fahras.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One peer engine's JVM, driven step by step over its standard input ({@code org.fahras.peers.PeerBench}'s {@code
 * --control stdin}): a step is one line sent, and the peer answers each with one line on its standard output, {@code
 * ok ...} or {@code failed <reason>}. Its standard error (the engine's own output) goes to the suite's.
 */
final class PeerProcess implements AutoCloseable {
  /** A peer that failed, stopped answering or ran out of time. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  private static final String END = "\u0000end";

  private final String engine;
  private final Process process;
  private final Writer steps;
  private final LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();

  private PeerProcess(String engine, Process process) {
    this.engine = engine;
    this.process = process;
    this.steps = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  replies.add(line);
                }
              } catch (IOException e) {
                // the process is gone: END below says so
              }
              replies.add(END);
            },
            "peer-" + engine + "-replies");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command}; {@link #ready} waits until the engine is up. */
  static PeerProcess start(String engine, List<String> command) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    return new PeerProcess(engine, process);
  }

  String engine() {
    return engine;
  }

  /** Waits for the peer's {@code ready} line. */
  void ready(long deadlineNanos) throws Failure {
    String line = reply(deadlineNanos);
    if (!line.startsWith("ready")) {
      throw new Failure("started with [" + line + "] instead of ready");
    }
  }

  /**
   * Sends one step and waits for its reply.
   *
   * @return the reply after {@code ok }
   */
  String step(String step, long deadlineNanos) throws Failure {
    try {
      steps.write(step + "\n");
      steps.flush();
    } catch (IOException e) {
      throw new Failure("could not be sent " + step + ": " + e.getMessage() + exit());
    }
    String line = reply(deadlineNanos);
    if (line.startsWith("ok")) {
      return line.substring(2).strip();
    }
    throw new Failure(step + ": " + line);
  }

  private String reply(long deadlineNanos) throws Failure {
    String line;
    try {
      line = replies.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted while waiting");
    }
    if (line == null) {
      throw new Failure("ran out of its time");
    }
    if (line.equals(END)) {
      throw new Failure("ended without a reply" + exit());
    }
    return line;
  }

  private String exit() {
    try {
      if (process.waitFor(10, TimeUnit.SECONDS)) {
        return " (exit " + process.exitValue() + "; its output is above in the run's log)";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "";
  }

  /** Waits up to a minute for the process to end after {@code finish}; its exit value, if it ended. */
  Optional<Integer> waitForExit() {
    try {
      if (process.waitFor(60, TimeUnit.SECONDS)) {
        return Optional.of(process.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** Stops the process if it still runs. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
