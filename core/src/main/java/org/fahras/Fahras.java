package org.fahras;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.document.ArticleReader;
import org.fahras.document.DatePolicy;
import org.fahras.document.ReadListener;
import org.fahras.document.ReadSummary;
import org.fahras.document.ReadWarning;
import org.fahras.document.Rejection;
import org.fahras.internal.index.IndexMetadata;
import org.fahras.internal.index.Indexer;
import org.fahras.internal.index.Schema;
import org.fahras.internal.search.Searcher;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.fahras.time.TemporalTagger;

/**
 * Fahras: an Arabic news index in a folder. The one entry point.
 *
 * <pre>{@code
 * try (Fahras fahras = Fahras.open(Path.of("fahras-index"))) {
 *   fahras.add(Article.builder("a1")
 *       .title("العراق وأمريكا يتفقان على سحب قوات التحالف")
 *       .body("…")
 *       .source("رويترز")
 *       .published(LocalDate.of(2024, 9, 6))
 *       .build());
 *   fahras.commit();
 *   SearchResults results = fahras.search(SearchRequest.builder("انسحاب قوات التحالف", LocalDate.of(2024, 10, 1)).build());
 *   results.hits().forEach(hit -> System.out.println(hit.id() + " " + hit.title()));
 * }
 * }</pre>
 *
 * <p><b>Visibility and durability.</b> A search sees every article added or deleted through this engine before the
 * search started, committed or not (near-real-time views of the writer, refreshed when a search follows a change).
 * {@link #commit()} is durability: what was committed survives a crash; periodic commits while adding ({@link
 * Builder#commitEvery}) and {@link #close()} commit too. Other processes see only what was committed; an engine that
 * only searches picks up their commits within a second.
 *
 * <p>The writer is opened on the first change, so an engine that only searches never takes the index's write lock,
 * and several processes may search one index while one writes it. Thread-safe: any number of threads may search
 * while others add.
 */
public final class Fahras implements Closeable {
  private final Path path;
  private final Directory directory;
  private final Schema schema;
  private final Analyzer analyzer;
  private final TemporalTagger tagger;
  private final Searcher searcher;
  private final long commitEveryDocs;
  private final long commitEveryNanos;
  private final LongSupplier nanoTime;
  private static final long REFRESH_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private final IndexViews views;
  private Indexer indexer;

  private Fahras(Builder builder, Directory directory, AnalyzerProfile profile) {
    this.path = builder.path;
    this.directory = directory;
    this.schema = new Schema(profile);
    this.analyzer = schema.newAnalyzer();
    this.tagger = new TemporalTagger();
    this.searcher = new Searcher(schema, analyzer, tagger);
    this.commitEveryDocs = builder.commitEveryDocs;
    this.commitEveryNanos = builder.commitEvery.toNanos();
    this.nanoTime = builder.nanoTime;
    this.views = new IndexViews(directory, builder.searchExecutor, nanoTime, REFRESH_EVERY_NANOS);
  }

  /** Opens the index in {@code path} (created on the first add), with the profile it was built with or {@code fahras}. */
  public static Fahras open(Path path) throws IOException {
    return builder(path).open();
  }

  /**
   * The profile the index in {@code path} was built with, without opening it for writing; empty when the folder holds
   * no index yet (or does not exist).
   *
   * @throws IllegalStateException when the folder holds a Lucene index Fahras did not write, or one of another format
   */
  public static Optional<AnalyzerProfile> recordedProfile(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(path)) {
      return IndexMetadata.read(directory, path.toString()).map(IndexMetadata::profile);
    }
  }

  /** A builder for an engine with other settings. */
  public static Builder builder(Path path) {
    return new Builder(path);
  }

  /** The analyzer profile of this index. */
  public AnalyzerProfile profile() {
    return schema.profile();
  }

  /** The temporal tagger the engine uses for articles and queries. */
  public TemporalTagger tagger() {
    return tagger;
  }

  /** Adds or replaces (same id) an article; the next search of this engine sees it. */
  public void add(Article article) throws IOException {
    indexer().add(article);
    views.changed();
  }

  /** Adds or replaces articles; the next search of this engine sees them. */
  public void add(Iterable<Article> articles) throws IOException {
    Indexer writer = indexer();
    try {
      for (Article article : articles) {
        writer.add(article);
      }
    } finally {
      views.changed();
    }
  }

  /**
   * Reads articles from a file or folder and adds them, keeping articles with an unreadable date undated.
   *
   * @see #addFrom(Path, DatePolicy, ReadListener)
   */
  public ReadSummary addFrom(Path input, ReadListener listener) throws IOException {
    return addFrom(input, DatePolicy.KEEP_UNDATED, listener);
  }

  /**
   * Reads articles from a file or folder and adds them ({@link ArticleReader#forInput}): a folder's {@code .txt},
   * {@code .jsonl} and {@code .jsonl.gz} files recursively, a {@code .txt} file as a plain-text article (publication
   * date from its header by the temporal tagger), any other file as JSON Lines (gzip or not). Bad records, skipped
   * files and warnings go to {@code listener} and never stop the good ones; every good article is also passed to it
   * after it was added, so a caller can show progress. An article the reader accepted but the index cannot hold (an
   * id, source or category over Lucene's term limit) is rejected with reason {@code too large} and line 0 (the reader
   * does not tell the indexer its line), naming the article's id.
   *
   * <p>When the index cannot be written (a full disk), reading stops at that article and the {@code IOException}
   * is thrown: the articles before it are added, and what was committed stays whole.
   *
   * @param dates what to do with a JSON Lines record whose date cannot be read
   * @throws IOException when the input as a whole cannot be read, or the index cannot be written
   */
  public ReadSummary addFrom(Path input, DatePolicy dates, ReadListener listener) throws IOException {
    Indexer writer = indexer();
    ArticleReader reader = ArticleReader.forInput(input, tagger::publicationDate, dates);
    long[] refused = new long[1];
    ReadSummary summary;
    try {
      summary = reader.read(
            input,
            new ReadListener() {
              @Override
              public void article(Article article) {
                try {
                  writer.add(article);
                  views.changed();
                } catch (IOException e) {
                  throw new WriteFailed(e); // stops the reader: nothing after this article can be written either
                } catch (IllegalArgumentException e) {
                  // An article the index cannot hold (an id longer than a term may be) costs only itself.
                  refused[0]++;
                  listener.rejected(new Rejection(input.toString(), 0, e.getMessage() + " (article " + shortId(article) + ")"));
                  return;
                }
                listener.article(article);
              }

              @Override
              public void rejected(Rejection rejection) {
                listener.rejected(rejection);
              }

              @Override
              public void skipped(String file, String reason) {
                listener.skipped(file, reason);
              }

              @Override
              public void warning(ReadWarning warning) {
                listener.warning(warning);
              }
            });
    } catch (WriteFailed failed) {
      throw failed.getCause();
    } finally {
      views.changed();
    }
    return new ReadSummary(
        summary.read() - refused[0], summary.rejected() + refused[0], summary.skipped(), summary.warnings());
  }

  /** Carries a write failure out of the reader, which stops at it. */
  private static final class WriteFailed extends RuntimeException {
    WriteFailed(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** The start of an id, enough to find the record, however long the id is. */
  private static String shortId(Article article) {
    String id = article.id();
    return id.length() <= 40 ? id : id.substring(0, 40) + "…";
  }

  /** Deletes articles by id; the next search of this engine no longer finds them. */
  public void delete(String... ids) throws IOException {
    indexer().delete(ids);
    views.changed();
  }

  /**
   * Makes every change so far durable: it survives a crash, and other processes see it. (This engine's own searches
   * see changes without it.)
   */
  public void commit() throws IOException {
    Indexer writer;
    synchronized (this) {
      writer = indexer;
    }
    if (writer != null) {
      writer.commit();
    }
  }

  /**
   * Searches the articles this engine has added and the index's commits (see the class comment for what a search
   * sees).
   *
   * @throws org.fahras.search.QuerySyntaxException when the query cannot be read
   */
  public SearchResults search(SearchRequest request) throws IOException {
    try (IndexViews.View view = views.acquire()) {
      return view == null ? SearchResults.empty() : searcher.search(view.searcher(), request);
    }
  }

  /**
   * The first and last publication days among the articles a search sees now, or empty when none is dated. Cheap: read
   * from the date index's bounds, not from the articles (unlike {@link #stats()}, which also counts every source).
   */
  public Optional<DateRange> publishedRange() throws IOException {
    try (IndexViews.View view = views.acquire()) {
      if (view == null) {
        return Optional.empty();
      }
      return DateRange.of(view.searcher().getIndexReader(), Schema.PUBLISHED);
    }
  }

  /**
   * What the index holds: the documents a search sees now (see the class comment), their dates and sources, and the
   * size on disk of the latest commit (not a killed writer's leftovers nor what is not committed yet).
   */
  public IndexStats stats() throws IOException {
    try (IndexViews.View view = views.acquireFresh()) {
      if (view == null) {
        return new IndexStats(0, null, java.util.Map.of(), schema.profile(), 0);
      }
      IndexReader reader = view.searcher().getIndexReader();
      TreeMap<String, Long> sources = new TreeMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Schema.SOURCE);
        Bits live = leaf.reader().getLiveDocs();
        long[] perOrdinal = new long[(int) values.getValueCount()];
        for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            perOrdinal[(int) values.nextOrd()]++;
          }
        }
        for (int ordinal = 0; ordinal < perOrdinal.length; ordinal++) {
          if (perOrdinal[ordinal] > 0) {
            sources.merge(values.lookupOrd(ordinal).utf8ToString(), perOrdinal[ordinal], Long::sum);
          }
        }
      }
      return new IndexStats(
          reader.numDocs(), DateRange.of(reader, Schema.PUBLISHED).orElse(null), sources, schema.profile(), committedSize());
    }
  }

  /**
   * The bytes of the files the latest commit is made of: not the leftovers of a killed writer ({@code .tmp} files,
   * segments never committed) nor what a running writer has not committed yet.
   */
  private long committedSize() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return 0; // nothing committed yet
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    long bytes = 0;
    for (String file : commits.get(commits.size() - 1).getFileNames()) {
      try {
        bytes += directory.fileLength(file);
      } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
        // Deleted since by a newer commit of another process: the next stats() reads that commit.
      }
    }
    return bytes;
  }

  /** The writer, opened on the first change; from then on searches see its changes at once. */
  private synchronized Indexer indexer() throws IOException {
    if (indexer == null) {
      indexer =
          Indexer.open(directory, path.toString(), schema, tagger, commitEveryDocs, commitEveryNanos, nanoTime);
      views.followWriter(indexer.writer());
    }
    return indexer;
  }

  /** Commits pending changes and releases the index. */
  @Override
  public synchronized void close() throws IOException {
    // Each resource is closed even when one before it fails (after a full disk, the writer's close throws).
    try {
      views.close();
    } finally {
      try {
        if (indexer != null) {
          indexer.close(); // commits first
        }
      } finally {
        try {
          analyzer.close();
        } finally {
          directory.close();
        }
      }
    }
  }

  /** Creates the index folder; a failure names the folder and the reason (an exception's message may be only a path). */
  private static void createFolder(Path path) throws IOException {
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      String reason =
          e instanceof FileSystemException problem && problem.getReason() != null
              ? problem.getReason()
              : e.toString();
      throw new IOException("cannot create the index folder " + path + ": " + reason, e);
    }
  }

  /** Settings for {@link Fahras}; not thread-safe. */
  public static final class Builder {
    private final Path path;
    private AnalyzerProfile profile;
    private long commitEveryDocs = 10_000;
    private Duration commitEvery = Duration.ofSeconds(30);
    private LongSupplier nanoTime = System::nanoTime;
    private Executor searchExecutor;

    private Builder(Path path) {
      this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * The analyzer profile. For a new index, the one it is built with (default {@code fahras}); for an existing index,
     * a check: opening it with another profile fails.
     */
    public Builder profile(AnalyzerProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }


    /** Commit after this many changes, or when this much time has passed since the last commit. */
    public Builder commitEvery(long documents, Duration time) {
      if (documents < 1 || time.isNegative() || time.isZero()) {
        throw new IllegalArgumentException("commit intervals must be positive: " + documents + ", " + time);
      }
      this.commitEveryDocs = documents;
      this.commitEvery = time;
      return this;
    }

    /**
     * Threads for intra-query concurrency: each search ranks the index's slices (groups of segments) on this executor
     * and merges them, with the same hits as searching on one thread. The caller owns the executor and shuts it down
     * after closing the engine. Default: none, each search runs on its caller's thread.
     */
    public Builder searchExecutor(Executor executor) {
      this.searchExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** The monotonic time source for periodic commits (tests use a fake one). */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /**
     * Opens the engine.
     *
     * @throws IllegalStateException when the folder holds an index of another profile or format
     */
    public Fahras open() throws IOException {
      if (Files.exists(path) && !Files.isDirectory(path)) {
        throw new IllegalArgumentException(path + " is a file, not an index folder");
      }
      createFolder(path);
      return openOn(FSDirectory.open(path));
    }

    /** Opens the engine on {@code directory} (the folder's, or in tests one that fails on cue); closes it on failure. */
    Fahras openOn(Directory directory) throws IOException {
      try {
        var recorded = IndexMetadata.read(directory, path.toString());
        AnalyzerProfile chosen = profile != null ? profile : recorded.map(IndexMetadata::profile).orElse(AnalyzerProfile.FAHRAS);
        recorded.ifPresent(found -> found.requireProfile(chosen, path.toString()));
        return new Fahras(this, directory, chosen);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
    }
  }
}
