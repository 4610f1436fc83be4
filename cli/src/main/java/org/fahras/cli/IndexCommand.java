package org.fahras.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fahras.Fahras;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.document.DatePolicy;
import org.fahras.document.FolderReader;
import org.fahras.document.ReadListener;
import org.fahras.document.ReadWarning;
import org.fahras.document.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fahras index}: adds articles from files and folders, reporting progress and every record it did not take. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles from folders, plain-text files (.txt) and JSON Lines files (.jsonl, .jsonl.gz).",
      "A folder is read recursively: its .txt, .jsonl and .jsonl.gz files are indexed, and every other file is named"
          + " on stderr as skipped. Re-indexing the same articles updates them by id; it never duplicates them."
          + " Ctrl-C (or SIGTERM) stops at the next record and commits what was read.",
      "JSON Lines: one JSON object per line. Fields read: id (required; a string or an integer), title, text (or"
          + " body), date (or published), source, url, category; other fields are ignored. A record needs an id and a"
          + " title or a text. A date is an ISO day or date-time: 2024-09-06, 2024-09-06T18:04:00Z, 2024-09-06"
          + " 18:04:00, 2024-09-06T18:04:00+03:00 (the day is taken as written). A date that is not one (2024-13-45)"
          + " leaves the article undated, with a warning naming the file, line, field and value; --strict rejects"
          + " the record instead.",
      "Plain text: one article per .txt file in UTF-8, as copied from a news page. The id is the file's path"
          + " relative to the folder given, with / between folders (its name when the file itself is given). Page"
          + " furniture (timestamps, bylines, breadcrumbs, share buttons, related headlines) is dropped; the title"
          + " is the first line left (a first line ending with a full stop is a lead paragraph: title and body); the"
          + " body is the lines after it. The date is the publication date the header states (the lines above the"
          + " first paragraph): a labelled date (تاريخ النشر، نشر في، Published) or else the page's timestamp;"
          + " otherwise the article is undated. The source is the outlet the page names: an المصدر: line, a"
          + " dispatch line (خاص/ المدى), an outlet: line above the title (الحرة:) or the first segment of a"
          + " breadcrumb; otherwise none."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record was indexed (warnings do not change it)",
      "1:failed (unreadable input, index in use, disk full...), or the paths held nothing to index",
      "2:bad usage",
      "3:indexed, but some records were rejected (see stderr or --errors)",
      "130:stopped by Ctrl-C or SIGTERM; what was read is committed"
    })
final class IndexCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

  @Spec CommandSpec spec;
  @ParentCommand FahrasCli parent;
  @Mixin IndexFolder location;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders, .txt files or .jsonl/.jsonl.gz files.")
  List<Path> inputs;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = "Analyzer profile of a new index: standard, lucene-arabic, fahras or fahras-lean (default: fahras). An index"
          + " keeps the profile it was built with; naming another one for it is an error.")
  String profile;

  @Option(
      names = "--strict",
      description = "Reject a record whose date cannot be read (default: index the article undated and warn).")
  boolean strict;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Also write each rejected record, warning and skipped file to FILE as a JSON line: {kind"
          + " (rejected, warning or skipped), file, line, reason}, and field and value for a warning.")
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
    AnalyzerProfile chosen = profile == null ? null : AnalyzerProfile.byId(profile);
    location.checkWritable(profile);
    boolean created = !Files.exists(location.index);
    StopRequest stop = parent == null ? StopRequest.onCall() : parent.stop;
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    Progress progress;
    boolean stopped = false;
    long holds;
    try (BufferedWriter errorLog = openErrorLog();
        Fahras fahras = open(chosen);
        Closeable signals = stop.catching(err)) {
      progress = new Progress(err, errorLog, started, stop);
      try {
        for (Path input : inputs) {
          fahras.addFrom(input, strict ? DatePolicy.REJECT : DatePolicy.KEEP_UNDATED, progress);
        }
      } catch (StopRequest.Stopped e) {
        stopped = true;
      }
      fahras.commit();
      holds = fahras.stats().documents();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (stopped || stop.requested()) {
      err.printf(
          "fahras: stopped: %s read before the stop %s committed; the index holds %s%n",
          Plural.of(progress.articles, "article"), progress.articles == 1 ? "is" : "are", Plural.of(holds, "article"));
      return FahrasCli.INTERRUPTED;
    }
    if (progress.articles == 0 && progress.rejections == 0) {
      if (created) {
        deleteFolder(location.index);
      }
      err.printf(
          "fahras: nothing to index: %s held no article%s; Fahras reads %s files%n",
          inputs.size() == 1 ? inputs.get(0) : "the paths given",
          progress.skipped > 0 ? " (" + Plural.of(progress.skipped, "file") + " skipped, named above)" : "",
          FolderReader.SUPPORTED);
      return FahrasCli.FAILURE;
    }
    err.printf(
        "fahras: indexed %s in %.1f s (%.0f/s), rejected %d%s%s; the index holds %s%n",
        Plural.of(progress.articles, "article"),
        seconds,
        progress.articles / Math.max(seconds, 1e-9),
        progress.rejections,
        progress.warnings == 0 ? "" : ", " + Plural.of(progress.warnings, "warning") + " (kept undated)",
        progress.skipped == 0 ? "" : ", skipped " + Plural.of(progress.skipped, "file"),
        Plural.of(holds, "article"));
    return progress.rejections == 0 ? FahrasCli.OK : FahrasCli.PARTIAL;
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

  private Fahras open(AnalyzerProfile chosen) throws IOException {
    Fahras.Builder builder = Fahras.builder(location.index).commitEvery(commitEveryDocs, Duration.ofSeconds(commitEverySeconds));
    if (chosen != null) {
      builder.profile(chosen);
    }
    return builder.open();
  }

  /** Removes the index folder this command created and left without an article. */
  private static void deleteFolder(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * Prints what the readers report as it comes (rejections, warnings, skipped files) and a progress line every two
   * seconds, writes them to {@code --errors}, counts them, and stops the reading between records when asked to.
   */
  private static final class Progress implements ReadListener {
    private final PrintWriter err;
    private final BufferedWriter errorLog;
    private final ObjectMapper json = new ObjectMapper();
    private final long started;
    private final StopRequest stop;
    private long lastReport;
    long articles;
    long rejections;
    long warnings;
    long skipped;

    Progress(PrintWriter err, BufferedWriter errorLog, long started, StopRequest stop) {
      this.err = err;
      this.errorLog = errorLog;
      this.started = started;
      this.stop = stop;
      this.lastReport = started;
    }

    @Override
    public void article(Article article) {
      articles++;
      long now = System.nanoTime();
      if (now - lastReport >= PROGRESS_EVERY_NANOS) {
        lastReport = now;
        double seconds = (now - started) / 1e9;
        err.printf("fahras: %s, %.0f/s, %d rejected%n", Plural.of(articles, "article"), articles / seconds, rejections);
        err.flush();
      }
      stop.check();
    }

    @Override
    public void rejected(Rejection rejection) {
      rejections++;
      err.println("fahras: rejected " + rejection);
      log("rejected", rejection.file(), rejection.line(), rejection.reason(), null, null);
      stop.check();
    }

    @Override
    public void warning(ReadWarning warning) {
      warnings++;
      err.println("fahras: warning " + warning);
      log("warning", warning.file(), warning.line(), warning.reason(), warning.field(), warning.value());
    }

    @Override
    public void skipped(String file, String reason) {
      skipped++;
      err.println("fahras: skipped " + file + ": " + reason);
      log("skipped", file, null, reason, null, null);
      stop.check();
    }

    private void log(String kind, String file, Long line, String reason, String field, String value) {
      if (errorLog == null) {
        return;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", kind);
      entry.put("file", file);
      if (line != null) {
        entry.put("line", line);
      }
      entry.put("reason", reason);
      if (field != null) {
        entry.put("field", field);
        entry.put("value", value);
      }
      try {
        errorLog.write(json.writeValueAsString(entry));
        errorLog.newLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the error log", e);
      }
    }
  }
}
