package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.fahras.Fahras;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.document.ReadListener;
import org.fahras.search.Hit;
import org.fahras.search.QuerySyntaxException;

/**
 * Evaluates search systems end to end: indexes the documents once per analyzer profile, runs every query through each
 * system, and scores the runs against the qrels.
 *
 * <pre>{@code
 * EvalReport report = RetrievalEvaluation.builder(Queries.read(queriesFile), Qrels.read(qrelsFile))
 *     .documents(docsFile)
 *     .system(new EvalSystem("lucene-arabic", AnalyzerProfile.LUCENE_ARABIC, asOf, 0, true))
 *     .system(new EvalSystem("fahras", AnalyzerProfile.FAHRAS, asOf, 0, true))
 *     .build()
 *     .run();
 * }</pre>
 *
 * <p>Indexes are temporary (deleted after the run) unless {@link Builder#indexDirectory} keeps them. Query texts go
 * through {@link QuerySanitizer}; a query the engine still rejects is reported to the listener and scores as an empty
 * ranking, so one odd query never aborts an evaluation. Systems are compared with the first one on every metric
 * ({@link PairedComparison}).
 *
 * <p>Immutable once built; {@link #run()} may be called again (a kept index is then reused), but not concurrently
 * with another run on the same {@link Builder#indexDirectory}: an index folder takes one writer at a time.
 */
public final class RetrievalEvaluation {

  private final Queries queries;
  private final Qrels qrels;
  private final Path documentFile;
  private final Iterable<Article> documents;
  private final List<EvalSystem> systems;
  private final Path indexDirectory;
  private final EvalListener listener;

  private RetrievalEvaluation(Builder builder) {
    this.queries = builder.queries;
    this.qrels = builder.qrels;
    this.documentFile = builder.documentFile;
    this.documents = builder.documents;
    this.systems = List.copyOf(builder.systems);
    this.indexDirectory = builder.indexDirectory;
    this.listener = builder.listener;
  }

  /** Starts an evaluation of {@code queries} against {@code qrels}. */
  public static Builder builder(Queries queries, Qrels qrels) {
    return new Builder(queries, qrels);
  }

  /** Indexes, searches and scores; see the class comment. */
  public EvalReport run() throws IOException {
    Map<AnalyzerProfile, List<EvalSystem>> byProfile = new LinkedHashMap<>();
    systems.forEach(system -> byProfile.computeIfAbsent(system.profile(), p -> new ArrayList<>()).add(system));
    Map<String, SystemResult> results = new LinkedHashMap<>();
    Path temporary = indexDirectory == null ? Files.createTempDirectory("fahras-eval-") : null;
    try {
      for (Map.Entry<AnalyzerProfile, List<EvalSystem>> entry : byProfile.entrySet()) {
        AnalyzerProfile profile = entry.getKey();
        Path folder = (indexDirectory != null ? indexDirectory : temporary).resolve(profile.id());
        try (Fahras fahras = openIndexed(folder, profile)) {
          for (EvalSystem system : entry.getValue()) {
            results.put(system.name(), search(fahras, system));
          }
        }
      }
    } finally {
      if (temporary != null) {
        deleteRecursively(temporary);
      }
    }
    List<SystemResult> ordered = systems.stream().map(system -> results.get(system.name())).toList();
    return new EvalReport(ordered, compareWithFirst(ordered));
  }

  /** Opens the profile's index in {@code folder}, indexing the documents unless a kept index is already there. */
  private Fahras openIndexed(Path folder, AnalyzerProfile profile) throws IOException {
    boolean reuse = Files.isDirectory(folder) && hasFiles(folder);
    Fahras fahras = Fahras.builder(folder).profile(profile).open();
    try {
      if (!reuse) {
        listener.indexing(profile);
        if (documentFile != null) {
          fahras.addFrom(documentFile, ReadListener.of(article -> {}, listener::rejected));
        } else {
          fahras.add(documents);
        }
        fahras.commit();
      }
      listener.indexed(profile, fahras.stats().documents(), reuse);
      return fahras;
    } catch (IOException | RuntimeException e) {
      fahras.close();
      throw e;
    }
  }

  private SystemResult search(Fahras fahras, EvalSystem system) throws IOException {
    Run.Builder run = Run.builder(system.name());
    int failed = 0;
    for (Map.Entry<String, String> query : queries.asMap().entrySet()) {
      List<Hit> hits;
      try {
        hits = fahras.search(system.request(QuerySanitizer.sanitize(query.getValue()))).hits();
      } catch (QuerySyntaxException e) {
        listener.queryFailed(system.name(), query.getKey(), e.getMessage());
        failed++;
        continue;
      }
      for (Hit hit : hits) {
        run.add(query.getKey(), hit.id(), hit.score());
      }
    }
    Run built = run.build();
    return new SystemResult(system, built, Metrics.evaluate(qrels, built), failed);
  }

  private static List<Comparison> compareWithFirst(List<SystemResult> results) {
    List<Comparison> comparisons = new ArrayList<>();
    SystemResult baseline = results.get(0);
    for (SystemResult candidate : results.subList(1, results.size())) {
      for (Metric metric : Metric.values()) {
        comparisons.add(PairedComparison.compare(metric, baseline.system().name(), baseline.evaluation(),
            candidate.system().name(), candidate.evaluation()));
      }
    }
    return comparisons;
  }

  private static boolean hasFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent();
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Settings of a {@link RetrievalEvaluation}; not thread-safe. */
  public static final class Builder {
    private final Queries queries;
    private final Qrels qrels;
    private Path documentFile;
    private Iterable<Article> documents;
    private final List<EvalSystem> systems = new ArrayList<>();
    private Path indexDirectory;
    private EvalListener listener = EvalListener.NONE;

    private Builder(Queries queries, Qrels qrels) {
      this.queries = Objects.requireNonNull(queries, "queries");
      this.qrels = Objects.requireNonNull(qrels, "qrels");
    }

    /** The documents to index: a JSON Lines file (gzip or not) or a folder of plain-text articles. */
    public Builder documents(Path file) {
      this.documentFile = Objects.requireNonNull(file, "file");
      this.documents = null;
      return this;
    }

    /** The documents to index, given in memory (for example a subset of a corpus). */
    public Builder documents(Iterable<Article> articles) {
      this.documents = Objects.requireNonNull(articles, "articles");
      this.documentFile = null;
      return this;
    }

    /** Adds a system; the first one is the baseline the others are compared with. */
    public Builder system(EvalSystem system) {
      systems.add(Objects.requireNonNull(system, "system"));
      return this;
    }

    /**
     * Keeps each profile's index in {@code directory/PROFILE} instead of a temporary folder. An index already there is
     * reused as it is, without re-indexing: delete it when the documents change.
     */
    public Builder indexDirectory(Path directory) {
      this.indexDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Receives progress and warnings. */
    public Builder listener(EvalListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Returns the evaluation.
     *
     * @throws IllegalArgumentException without documents or systems, or with two systems of one name
     */
    public RetrievalEvaluation build() {
      if (documentFile == null && documents == null) {
        throw new IllegalArgumentException("no documents to index");
      }
      if (systems.isEmpty()) {
        throw new IllegalArgumentException("no system to evaluate");
      }
      Set<String> names = new HashSet<>();
      for (EvalSystem system : systems) {
        if (!names.add(system.name())) {
          throw new IllegalArgumentException("two systems are named '" + system.name() + "'");
        }
      }
      return new RetrievalEvaluation(this);
    }
  }
}
