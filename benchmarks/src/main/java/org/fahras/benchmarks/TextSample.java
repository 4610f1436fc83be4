package org.fahras.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.peers.Text;

/**
 * A fixed slice of the corpus (title and body of evenly spaced articles, with their publication dates) that the JMH
 * benchmarks read in their forked JVMs, so a fork does not re-read the whole corpus. Written once by the suite.
 *
 * @param texts the article texts
 * @param dates the publication date of each text (the tagger's reference; the epoch when unknown)
 */
record TextSample(List<String> texts, List<LocalDate> dates) {
  /** The system property naming the sample file for the benchmarks' forks. */
  static final String PROPERTY = "fahras.bench.sample";

  /** Evenly spaced articles of {@code corpus} until about {@code targetChars} characters. */
  static TextSample of(List<Article> corpus, long targetChars) {
    long total = 0;
    for (Article article : corpus) {
      total += article.title().length() + 1 + article.body().length();
    }
    int step = (int) Math.max(1, total / Math.max(1, targetChars));
    List<String> texts = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    long taken = 0;
    for (int i = 0; i < corpus.size() && taken < targetChars; i += step) {
      Article article = corpus.get(i);
      String text = article.title() + "\n" + article.body();
      texts.add(text);
      dates.add(article.published() == null ? LocalDate.EPOCH : article.published());
      taken += text.length();
    }
    return new TextSample(List.copyOf(texts), List.copyOf(dates));
  }

  /** UTF-8 bytes of all texts. */
  long utf8Bytes() {
    long bytes = 0;
    for (String text : texts) {
      bytes += Text.utf8Length(text);
    }
    return bytes;
  }

  /** Writes the sample to {@code file}. */
  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
        out.writeLong(dates.get(i).toEpochDay());
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }
  }

  /** Reads a sample written by {@link #write}. */
  static TextSample read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int count = in.readInt();
      List<String> texts = new ArrayList<>(count);
      List<LocalDate> dates = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        dates.add(LocalDate.ofEpochDay(in.readLong()));
        texts.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
      }
      return new TextSample(List.copyOf(texts), List.copyOf(dates));
    }
  }

  /** The sample named by the {@value #PROPERTY} system property (set by the suite for its JMH forks). */
  static TextSample fromProperty() throws IOException {
    String file = System.getProperty(PROPERTY);
    if (file == null) {
      throw new IllegalStateException("-D" + PROPERTY + "=<file> is not set; run the benchmarks through benchmarks/run");
    }
    return read(Path.of(file));
  }
}
