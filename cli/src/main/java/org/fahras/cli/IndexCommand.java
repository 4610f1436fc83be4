package org.fahras.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.Fahras;
import org.fahras.document.Article;
import org.fahras.document.ReadListener;
import org.fahras.document.ReadSummary;
import org.fahras.document.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras index}: adds articles from files and folders, reporting progress and every rejected record. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles: a folder of plain-text articles (.txt) or JSON Lines files (.jsonl, .jsonl.gz).",
      "Re-indexing the same articles updates them (by id); it never duplicates them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record was indexed",
      "1:failed (unreadable input, index in use, disk full...)",
      "2:bad usage",
      "3:indexed, but some records were rejected (see stderr or --errors)"
    })
final class IndexCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

  @Spec CommandSpec spec;
  @Mixin IndexLocation location;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders of .txt articles, or .jsonl/.jsonl.gz files.")
  List<Path> inputs;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write each rejected record as a JSON line {file, line, reason} to FILE.")
  Path errors;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000", description = "Commit after every N articles (default: ${DEFAULT-VALUE}); a crash loses at most that many.")
  long commitEveryDocs;

  @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "30", description = "Also commit when S seconds have passed since the last commit (default: ${DEFAULT-VALUE}).")
  long commitEverySeconds;

  @Override
  public Integer call() throws IOException {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException("no such file or folder: " + input);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = new ObjectMapper();
    long started = System.nanoTime();
    long indexed = 0;
    long rejected = 0;
    try (BufferedWriter errorLog = openErrorLog();
        Fahras fahras = open()) {
      Progress progress = new Progress(err, errorLog, json, started);
      for (Path input : inputs) {
        ReadSummary summary = fahras.addFrom(input, progress);
        indexed += summary.read();
        rejected += summary.rejected();
      }
      fahras.commit();
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf(
          "fahras: indexed %d articles in %.1f s (%.0f/s), rejected %d; the index holds %d articles%n",
          indexed, seconds, indexed / Math.max(seconds, 1e-9), rejected, fahras.stats().documents());
    }
    return rejected == 0 ? FahrasCli.OK : FahrasCli.PARTIAL;
  }

  /** The {@code --errors} file, or null; a failure names the file (the JDK's message may be only the path). */
  private BufferedWriter openErrorLog() throws IOException {
    if (errors == null) {
      return null;
    }
    try {
      return Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String reason =
          e instanceof NoSuchFileException
              ? "its folder does not exist"
              : e instanceof FileSystemException problem && problem.getReason() != null ? problem.getReason() : e.toString();
      throw new IOException("cannot write the error log " + errors + ": " + reason, e);
    }
  }

  private Fahras open() throws IOException {
    return location
        .builder()
        .commitEvery(commitEveryDocs, Duration.ofSeconds(commitEverySeconds))
        .open();
  }

  /** Prints rejections as they come and a progress line every two seconds. */
  private static final class Progress implements ReadListener {
    private final PrintWriter err;
    private final BufferedWriter errorLog;
    private final ObjectMapper json;
    private final long started;
    private long lastReport;
    private long articles;
    private long rejections;

    Progress(PrintWriter err, BufferedWriter errorLog, ObjectMapper json, long started) {
      this.err = err;
      this.errorLog = errorLog;
      this.json = json;
      this.started = started;
      this.lastReport = started;
    }

    @Override
    public void article(Article article) {
      articles++;
      long now = System.nanoTime();
      if (now - lastReport >= PROGRESS_EVERY_NANOS) {
        lastReport = now;
        double seconds = (now - started) / 1e9;
        err.printf("fahras: %d articles, %.0f/s, %d rejected%n", articles, articles / seconds, rejections);
        err.flush();
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      rejections++;
      err.println("fahras: rejected " + rejection);
      if (errorLog != null) {
        try {
          errorLog.write(
              json.writeValueAsString(
                  Map.of("file", rejection.file(), "line", rejection.line(), "reason", rejection.reason())));
          errorLog.newLine();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("cannot write the error log", e);
        }
      }
    }
  }
}
