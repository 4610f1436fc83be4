package org.fahras.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.IndexStats;
import org.fahras.analysis.AnalyzedToken;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.time.TemporalMention;

/**
 * The JSON shapes that {@code --json} prints and {@code fahras serve} answers with, made in one place so the command
 * line and the HTTP API never drift apart: maps in the order their keys are written.
 */
public final class JsonViews {
  private JsonViews() {}

  /** The tokens {@code analyzer} makes of {@code text} in the body field: what the index and queries see. */
  public static List<AnalyzedToken> tokens(Analyzer analyzer, String text) {
    return AnalyzedToken.listOf(analyzer, "body", text);
  }

  /** {@code {profile, tokens: [{term, start, end, position}]}}. */
  public static Map<String, Object> analysis(AnalyzerProfile profile, List<AnalyzedToken> tokens) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("profile", profile.id());
    root.put("tokens", tokens);
    return root;
  }

  /** {@code {published, mentions: [{text, start, end, value, granularity}]}}; {@code published} may be null. */
  public static Map<String, Object> dates(LocalDate published, List<TemporalMention> mentions) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("published", published == null ? null : published.toString());
    List<Map<String, Object>> list = new ArrayList<>();
    for (TemporalMention mention : mentions) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("text", mention.text());
      entry.put("start", mention.start());
      entry.put("end", mention.end());
      entry.put("value", mention.isoValue());
      entry.put("granularity", mention.granularity().name().toLowerCase(Locale.ROOT));
      list.add(entry);
    }
    root.put("mentions", list);
    return root;
  }

  /**
   * {@code {documents, published_min, published_max, sources: {NAME: count}, profile, bytes}}; a date is null when no
   * article is dated, sources are in name order.
   */
  public static Map<String, Object> stats(IndexStats stats) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("documents", stats.documents());
    root.put("published_min", stats.publishedMin() == null ? null : stats.publishedMin().toString());
    root.put("published_max", stats.publishedMax() == null ? null : stats.publishedMax().toString());
    root.put("sources", new TreeMap<>(stats.sources()));
    root.put("profile", stats.profile().id());
    root.put("bytes", stats.bytes());
    return root;
  }
}
