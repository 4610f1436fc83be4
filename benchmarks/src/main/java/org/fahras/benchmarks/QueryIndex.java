package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AnalyzedToken;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.internal.index.Schema;
import org.fahras.peers.Folders;
import org.fahras.time.TemporalTagger;

/**
 * The index the query latencies are measured on: the corpus replicated until it holds {@code size} articles, every
 * copy after the first with its publication date shifted back by a seeded 1 to 3,650 days (so recency has real work
 * to do), written by the full Fahras pipeline with two threads.
 *
 * <p>Building it takes minutes, so it is cached in the work folder under a key made of the corpus, the seed, the size,
 * the schema version and a fingerprint of what the analyzer and the tagger make of a few articles: a change to any of
 * them builds a new index. A build goes to a temporary folder first, so an interrupted one is never reused.
 *
 * @param folder the index folder
 * @param articles articles in it
 * @param asOf the newest publication date in it: the "now" of every query
 * @param buildSeconds how long the build took (when it was built, possibly by an earlier run)
 * @param cached true when this run found it already built
 */
record QueryIndex(Path folder, int articles, LocalDate asOf, double buildSeconds, boolean cached) {
  private static final int SHIFT_DAYS = 3_650;
  private static final int FINGERPRINT_ARTICLES = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The cached index for these settings, built first if needed. */
  static QueryIndex obtain(BenchCorpus corpus, SuiteSettings settings) throws IOException {
    List<Article> base = corpus.articles();
    int size = settings.queryIndexDocs();
    LocalDate asOf = base.stream().map(Article::published).filter(d -> d != null).max(LocalDate::compareTo).orElseThrow();
    String key =
        BenchCorpus.sha256(
                corpus.fingerprint() + "|" + settings.seed() + "|" + size + "|" + Schema.FORMAT_VERSION + "|"
                    + pipelineFingerprint(base))
            .substring(0, 16);
    Path folder = settings.work().resolve("query-index-" + size + "-" + key);
    Path record = folder.resolveSibling(folder.getFileName() + ".json");
    if (Files.isDirectory(folder) && Files.isRegularFile(record)) {
      double seconds = JSON.readTree(record.toFile()).get("build_seconds").asDouble();
      return new QueryIndex(folder, size, asOf, seconds, true);
    }
    Path building = folder.resolveSibling(folder.getFileName() + ".building");
    Folders.delete(building);
    Progress.say("building the %,d-article query index in %s (cached for later runs)", size, folder);
    long start = System.nanoTime();
    try (IndexPipeline pipeline = IndexPipeline.Kind.FAHRAS.open(building)) {
      ParallelFeed.feed(pipeline, size, i -> replica(base, i, settings.seed()), 2);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
    JSON.writeValue(record.toFile(), Map.of("articles", size, "build_seconds", seconds, "threads", 2));
    Progress.say("query index built in %.0f s", seconds);
    return new QueryIndex(folder, size, asOf, seconds, false);
  }

  /** Article {@code i} of the replicated corpus: copy {@code i / n} of article {@code i % n}. */
  static Article replica(List<Article> base, int i, long seed) {
    Article original = base.get(i % base.size());
    int copy = i / base.size();
    if (copy == 0) {
      return original;
    }
    LocalDate published =
        original.published() == null
            ? null
            : original.published().minusDays(1 + new SplittableRandom(seed * 1_000_003L + i).nextInt(SHIFT_DAYS));
    return Article.builder(original.id() + "~" + copy)
        .title(original.title())
        .body(original.body())
        .source(original.source())
        .url(original.url())
        .category(original.category())
        .published(published)
        .build();
  }

  /** What the analyzers and the tagger make of the first articles: changes when either changes. */
  private static String pipelineFingerprint(List<Article> base) {
    StringBuilder made = new StringBuilder();
    TemporalTagger tagger = new TemporalTagger();
    try (Analyzer analyzer = new Schema(AnalyzerProfile.FAHRAS).newAnalyzer()) {
      for (Article article : base.subList(0, Math.min(FINGERPRINT_ARTICLES, base.size()))) {
        for (String field : new String[] {Schema.BODY, Schema.BODY_EXACT}) {
          for (AnalyzedToken token : AnalyzedToken.listOf(analyzer, field, article.title())) {
            made.append(token.term()).append(' ');
          }
        }
        LocalDate reference = article.published() == null ? LocalDate.EPOCH : article.published();
        tagger.tag(article.body(), reference).forEach(mention -> made.append(mention.isoValue()).append(' '));
      }
    }
    return BenchCorpus.sha256(made.toString());
  }
}
