package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.document.JsonLinesReader;
import org.fahras.document.ReadListener;
import org.fahras.peers.Text;

/**
 * The articles every stage measures on: the shared news corpus ({@code <shared>/corpus/*.jsonl.gz}) when it is there,
 * else a seeded synthetic corpus built from the seed articles' vocabulary ({@link SyntheticCorpus}).
 *
 * @param source {@code "shared"} or {@code "synthetic"}
 * @param articles the articles, in file order (files sorted by name)
 * @param fingerprint identifies the input (file names and sizes, or the synthetic seed), for cache keys
 */
record BenchCorpus(String source, List<Article> articles, String fingerprint) {
  /** The synthetic corpus has as many articles as the shared one, so the figures stay comparable. */
  static final int SYNTHETIC_ARTICLES = 72_716;

  /**
   * Loads the shared corpus from {@code shared/corpus}, or builds the synthetic one from {@code seeds} when that folder
   * is absent.
   */
  static BenchCorpus load(Path shared, Path seeds, long seed) throws IOException {
    Path folder = shared.resolve("corpus");
    if (!Files.isDirectory(folder)) {
      List<Article> synthetic = SyntheticCorpus.fromSeeds(seeds, seed).articles(SYNTHETIC_ARTICLES);
      return new BenchCorpus("synthetic", synthetic, "synthetic-" + seed + "-" + SYNTHETIC_ARTICLES);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.jsonl.gz")) {
      found.forEach(files::add);
    }
    files.sort(null);
    List<Article> articles = new ArrayList<>();
    StringBuilder identity = new StringBuilder();
    JsonLinesReader reader = new JsonLinesReader();
    for (Path file : files) {
      identity.append(file.getFileName()).append(':').append(Files.size(file)).append(';');
      // A rejected record is skipped, as the CLI would; the count of articles in the report shows it.
      reader.read(file, ReadListener.of(articles::add, rejection -> {}));
    }
    return new BenchCorpus("shared", List.copyOf(articles), sha256(identity.toString()).substring(0, 16));
  }

  /** UTF-8 bytes of title and body, the text the indexing rates are measured on. */
  static long textBytes(Article article) {
    return Text.utf8Length(article.title()) + Text.utf8Length(article.body());
  }

  /** Hex SHA-256 of {@code text}. */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
