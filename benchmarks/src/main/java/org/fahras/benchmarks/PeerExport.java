package org.fahras.benchmarks;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.fahras.document.Article;

/**
 * Writes what the peer engines read: the articles exactly as this suite read them (so every engine indexes the same
 * documents in the same order, whatever {@code JsonLinesReader} made of each record), and the query log out of
 * Fahras's syntax. The formats are those {@code org.fahras.peers.ArticleFile} and {@code QueryLogFile} read:
 *
 * <pre>
 * articles: int MAGIC, int count, count × { id, title, body, source ("" for none): int length + UTF-8;
 *           long published epoch day, Long.MIN_VALUE for none }
 * queries:  UTF-8 lines kind TAB operator TAB words TAB fahras; operator any | all | phrase, fahras the query as typed
 *           to Fahras (for the OpenSearch plugin's fahras query)
 * </pre>
 */
final class PeerExport {
  /** "FPA1", as {@code ArticleFile.MAGIC}. */
  private static final int MAGIC = 0x46504131;

  private PeerExport() {}

  /** The articles file of {@code corpus} in {@code folder}, written first if an earlier run has not. */
  static Path articles(BenchCorpus corpus, Path folder) throws IOException {
    Path file = folder.resolve("articles-" + corpus.fingerprint() + ".bin");
    if (Files.isRegularFile(file)) {
      return file;
    }
    Files.createDirectories(folder);
    Path partial = folder.resolve(file.getFileName() + ".partial");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
      List<Article> articles = corpus.articles();
      out.writeInt(MAGIC);
      out.writeInt(articles.size());
      for (Article article : articles) {
        string(out, article.id());
        string(out, article.title());
        string(out, article.body());
        string(out, article.source() == null ? "" : article.source());
        out.writeLong(article.published() == null ? Long.MIN_VALUE : article.published().toEpochDay());
      }
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  /**
   * Writes {@code log} to {@code file}. A phrase loses its quotes and becomes the {@code phrase} operator, an AND query
   * the {@code all} operator; every other query, a temporal one included, is plain words, any of which may match. The
   * last column keeps the query as Fahras reads it (quotes, time expression), white space made single spaces.
   */
  static Path queries(List<QueryLog.Query> log, Path file) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (QueryLog.Query query : log) {
      String text = query.text();
      String operator = "any";
      if (query.kind() == QueryLog.Kind.PHRASE) {
        operator = "phrase";
        text = text.substring(1, text.length() - 1);
      } else if (query.requireAllWords()) {
        operator = "all";
      }
      lines.append(query.kind().name().toLowerCase(Locale.ROOT)).append('\t').append(operator).append('\t');
      lines.append(text.trim().replaceAll("\\s+", " ")).append('\t');
      lines.append(query.text().trim().replaceAll("\\s+", " ")).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static void string(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
