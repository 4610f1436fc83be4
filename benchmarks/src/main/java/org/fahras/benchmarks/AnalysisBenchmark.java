package org.fahras.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.internal.index.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Analysis throughput of the three profiles over the same news text: {@code standard} and {@code lucene-arabic} are
 * the baselines, {@code fahras} the candidate, as methods of one class so one run compares them. One operation
 * analyzes the whole {@link TextSample} through the real {@code reset/incrementToken/end/close} loop; tokens per
 * second is operations per second times the tokens one pass yields ({@link #tokensPerPass}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisBenchmark {
  private List<String> texts;
  private Analyzer standard;
  private Analyzer luceneArabic;
  private Analyzer fahras;

  /** Reads the sample and builds the three analyzers. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    texts = TextSample.fromProperty().texts();
    standard = AnalyzerProfile.STANDARD.newAnalyzer();
    luceneArabic = AnalyzerProfile.LUCENE_ARABIC.newAnalyzer();
    fahras = AnalyzerProfile.FAHRAS.newAnalyzer();
  }

  /** Releases the analyzers. */
  @TearDown(Level.Trial)
  public void tearDown() {
    standard.close();
    luceneArabic.close();
    fahras.close();
  }

  /** Baseline: Lucene's StandardAnalyzer. */
  @Benchmark
  public long standard() throws IOException {
    return analyze(standard, texts);
  }

  /** Baseline the goal is set against: Lucene's stock ArabicAnalyzer. */
  @Benchmark
  public long luceneArabic() throws IOException {
    return analyze(luceneArabic, texts);
  }

  /** Candidate: Fahras's analyzer. */
  @Benchmark
  public long fahras() throws IOException {
    return analyze(fahras, texts);
  }

  /** The tokens {@code profile} yields for one pass over {@code texts}. */
  static long tokensPerPass(AnalyzerProfile profile, List<String> texts) throws IOException {
    try (Analyzer analyzer = profile.newAnalyzer()) {
      return analyze(analyzer, texts);
    }
  }

  /** Runs every text through {@code analyzer} and returns the tokens it yields (the JIT cannot drop the work). */
  private static long analyze(Analyzer analyzer, List<String> texts) throws IOException {
    long tokens = 0;
    for (String text : texts) {
      try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
        stream.reset();
        while (stream.incrementToken()) {
          tokens++;
        }
        stream.end();
      }
    }
    return tokens;
  }
}
