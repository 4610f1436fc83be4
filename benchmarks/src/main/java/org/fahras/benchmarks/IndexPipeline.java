package org.fahras.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.internal.index.Indexer;
import org.fahras.internal.index.Schema;
import org.fahras.time.TemporalTagger;

/** One way of writing articles into an index folder; {@link #add} may be called from several threads. */
interface IndexPipeline extends Closeable {
  /** Lucene's default is 16 MB; Fahras's Indexer uses 64 MB, so the baseline gets the same buffer. */
  double RAM_BUFFER_MB = 64;

  /** Writes one article. */
  void add(Article article) throws IOException;

  /** Commits and releases the index; the run's time includes it. */
  @Override
  void close() throws IOException;

  /** Which pipeline, by name. */
  enum Kind {
    /** Plain Lucene: stock {@link ArabicAnalyzer} on title and body (both stored), the id as a keyword. */
    STOCK("lucene-arabic"),
    /**
     * The floor of a date-sorted design: {@link #STOCK} plus the publication day as a {@code LongField} and the index
     * sorted on it, newest first, as Fahras's date-aware collector needs ({@link Schema#indexSort()}). Nothing Fahras
     * adds beyond that (tagger, signatures, exact and gram fields, mentions); it shows what the sort alone costs.
     */
    STOCK_SORTED("lucene-arabic-date-sorted"),
    /** The whole Fahras pipeline: {@link Indexer} (tagger, signatures, every field of the {@link Schema}). */
    FAHRAS("fahras"),
    /** The same pipeline with the {@code fahras-lean} profile: no gram view. */
    FAHRAS_LEAN("fahras-lean");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The name the report uses. */
    String id() {
      return id;
    }

    /** Opens this pipeline on a new index in {@code folder}. */
    IndexPipeline open(Path folder) throws IOException {
      return switch (this) {
        case STOCK -> new Stock(folder, false);
        case STOCK_SORTED -> new Stock(folder, true);
        case FAHRAS -> fahras(folder, AnalyzerProfile.FAHRAS);
        case FAHRAS_LEAN -> fahras(folder, AnalyzerProfile.FAHRAS_LEAN);
      };
    }

    /**
     * Whether the suite runs this pipeline with {@code threads} threads: the date-sorted floor and the lean profile
     * only need the one-thread figure they are compared at, and skipping their other runs keeps the full suite within
     * its time bound.
     */
    boolean runsWith(int threads) {
      return (this != STOCK_SORTED && this != FAHRAS_LEAN) || threads == 1;
    }
  }

  /** The Fahras {@link Indexer} with no periodic commit (the run commits once, at the end, as the baseline does). */
  private static IndexPipeline fahras(Path folder, AnalyzerProfile profile) throws IOException {
    FSDirectory directory = FSDirectory.open(folder);
    Indexer indexer =
        Indexer.open(
            directory,
            folder.toString(),
            new Schema(profile),
            new TemporalTagger(),
            Long.MAX_VALUE,
            Long.MAX_VALUE,
            System::nanoTime);
    return new IndexPipeline() {
      @Override
      public void add(Article article) throws IOException {
        indexer.add(article);
      }

      @Override
      public void close() throws IOException {
        try (directory) {
          indexer.close();
        }
      }
    };
  }

  /** The baseline a Lucene user would write without Fahras; optionally with the publication day and a date sort. */
  final class Stock implements IndexPipeline {
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final boolean dateSorted;

    Stock(Path folder, boolean dateSorted) throws IOException {
      this.dateSorted = dateSorted;
      directory = FSDirectory.open(folder);
      IndexWriterConfig config =
          new IndexWriterConfig(new ArabicAnalyzer())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
              .setRAMBufferSizeMB(RAM_BUFFER_MB);
      if (dateSorted) {
        config.setIndexSort(Schema.indexSort());
      }
      writer = new IndexWriter(directory, config);
    }

    @Override
    public void add(Article article) throws IOException {
      Document document = new Document();
      document.add(new StringField("id", article.id(), Field.Store.YES));
      document.add(new TextField("title", article.title(), Field.Store.YES));
      document.add(new TextField("body", article.body(), Field.Store.YES));
      if (dateSorted && article.published() != null) {
        document.add(new LongField(Schema.PUBLISHED, article.published().toEpochDay(), Field.Store.YES));
      }
      writer.addDocument(document);
    }

    @Override
    public void close() throws IOException {
      try (directory) {
        writer.commit();
        writer.close();
      }
    }
  }
}
