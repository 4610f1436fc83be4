package org.fahras.benchmarks;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fahras.analysis.AnalyzerProfile;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the analysis and tagger JMH benchmarks over a text sample of the corpus and puts their figures in the report:
 * tokens/s, MB/s and bytes allocated per token for each profile, MB/s for the tagger.
 */
final class AnalysisFigures {
  private static final Map<String, AnalyzerProfile> METHODS =
      Map.of(
          "standard", AnalyzerProfile.STANDARD,
          "luceneArabic", AnalyzerProfile.LUCENE_ARABIC,
          "fahras", AnalyzerProfile.FAHRAS);

  private final SuiteSettings settings;
  private final BenchCorpus corpus;

  AnalysisFigures(SuiteSettings settings, BenchCorpus corpus) {
    this.settings = settings;
    this.corpus = corpus;
  }

  /** Writes the sample for the forks, runs both benchmarks, and reports them. */
  void measure(Report report) throws IOException, RunnerException {
    TextSample sample = TextSample.of(corpus.articles(), settings.sampleChars());
    sample.write(settings.sampleFile());
    long bytes = sample.utf8Bytes();
    Progress.say("text sample: %,d texts, %,d bytes", sample.texts().size(), bytes);
    JmhStage jmh = new JmhStage(settings);

    Map<String, JmhStage.Score> analysis = jmh.run(AnalysisBenchmark.class);
    Map<String, Object> profiles = new LinkedHashMap<>();
    Map<AnalyzerProfile, Double> allocPerToken = new LinkedHashMap<>();
    for (Map.Entry<String, JmhStage.Score> entry : analysis.entrySet()) {
      AnalyzerProfile profile = METHODS.get(entry.getKey());
      long tokens = AnalysisBenchmark.tokensPerPass(profile, sample.texts());
      JmhStage.Score score = entry.getValue();
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("tokens_per_pass", tokens);
      figures.put("passes_per_second", score.best());
      figures.put("passes_per_second_mean", score.mean());
      figures.put("passes_per_second_worst", score.worst());
      figures.put("iterations", score.iterations());
      figures.put("tokens_per_second", score.best() * tokens);
      figures.put("megabytes_per_second", score.best() * bytes / 1e6);
      figures.put("alloc_bytes_per_pass", score.allocBytesPerOp());
      figures.put("alloc_bytes_per_token", score.allocBytesPerOp() / tokens);
      allocPerToken.put(profile, score.allocBytesPerOp() / tokens);
      profiles.put(profile.id(), figures);
    }
    Map<String, JmhStage.Score> tagger = jmh.run(TaggerBenchmark.class);
    JmhStage.Score tag = tagger.get("tag");
    Map<String, Object> taggerFigures = new LinkedHashMap<>();
    taggerFigures.put("megabytes_per_second", tag.best() * bytes / 1e6);
    taggerFigures.put("megabytes_per_second_mean", tag.mean() * bytes / 1e6);
    taggerFigures.put("passes_per_second", tag.best());
    taggerFigures.put("iterations", tag.iterations());
    taggerFigures.put("alloc_bytes_per_byte", tag.allocBytesPerOp() / bytes);

    Map<String, Object> section = new LinkedHashMap<>();
    section.put("sample_texts", sample.texts().size());
    section.put("sample_bytes", bytes);
    section.put(
        "note",
        "one pass analyzes the whole sample; figures are the best JMH iteration (mean and worst kept); ratios compare"
            + " passes/s (same text); tokens/s differs by what each profile drops");
    section.put("profiles", profiles);
    report.put("analysis", section);
    report.put("tagger", taggerFigures);

    double stock = analysis.get("luceneArabic").best();
    double fahras = analysis.get("fahras").best();
    report.ratio("analysis_fahras_vs_stock", fahras / stock);
    report.ratio("analysis_fahras_vs_standard", fahras / analysis.get("standard").best());
    report.goal("analysis_fahras_vs_stock", true, 1.0);
    report.row(
        "analysis, MB/s (lucene-arabic → fahras)",
        Report.format(stock * bytes / 1e6),
        Report.format(fahras * bytes / 1e6),
        "analysis_fahras_vs_stock");
    report.row(
        "analysis, bytes allocated per token",
        Report.format(allocPerToken.get(AnalyzerProfile.LUCENE_ARABIC)),
        Report.format(allocPerToken.get(AnalyzerProfile.FAHRAS)),
        "");
    report.row("temporal tagger, MB/s", "", Report.format(tag.best() * bytes / 1e6), "");
  }
}
