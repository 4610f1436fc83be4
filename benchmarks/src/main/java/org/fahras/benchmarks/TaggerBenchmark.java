package org.fahras.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fahras.time.TemporalTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Temporal tagger throughput over the same {@link TextSample} as {@link AnalysisBenchmark}: one operation tags every
 * text against its publication date, as the indexer does; MB/s is operations per second times the sample's UTF-8
 * size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaggerBenchmark {
  private final TemporalTagger tagger = new TemporalTagger();
  private List<String> texts;
  private List<LocalDate> dates;

  /** Reads the sample. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    TextSample sample = TextSample.fromProperty();
    texts = sample.texts();
    dates = sample.dates();
  }

  /** Tags the whole sample; returns the number of mentions found. */
  @Benchmark
  public long tag() {
    long mentions = 0;
    for (int i = 0; i < texts.size(); i++) {
      mentions += tagger.tag(texts.get(i), dates.get(i)).size();
    }
    return mentions;
  }
}
