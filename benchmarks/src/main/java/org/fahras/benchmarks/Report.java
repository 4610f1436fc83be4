package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The suite's results: raw figures by stage, a {@code ratios} object (every ratio candidate / baseline of the same
 * run), the goals checked against them, and the machine. Written as {@code latest.json} (Jackson, snake_case keys) and
 * {@code latest.md} (one markdown table).
 *
 * <p>With {@code --peers}, a {@code peers} object holds each peer engine's figures (Solr, OpenSearch) beside the Fahras
 * figures they are compared with, and the peer ratios ({@code indexing_fahras_vs_<engine>},
 * {@code query_p50_fahras_vs_<engine>}, ...) read "> 1 means Fahras is better" ({@link PeerFigures}); their rows
 * name the peer, whose figure sits in the baseline column.
 */
final class Report {
  /** A goal: a ratio of this run and the bound it must meet. */
  record Goal(String ratio, String rule, double bound, Double value, boolean met) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Double> ratios = new LinkedHashMap<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Sets a top-level section. */
  void put(String section, Object value) {
    root.put(section, value);
  }

  /** Records a ratio. */
  void ratio(String name, double value) {
    ratios.put(name, value);
  }

  /** Checks a recorded ratio against {@code >= bound} (atLeast) or {@code <= bound}. */
  void goal(String ratio, boolean atLeast, double bound) {
    Double value = ratios.get(ratio);
    boolean met = value != null && !value.isNaN() && (atLeast ? value >= bound : value <= bound);
    goals.add(new Goal(ratio, atLeast ? ">=" : "<=", bound, value, met));
  }

  /** Adds a row to the markdown table: what, baseline figure, candidate figure, the ratio's name. */
  void row(String what, String baseline, String candidate, String ratio) {
    rows.add(new String[] {what, baseline, candidate, ratio});
  }

  /** Adds a line under the markdown table (machine, corpus, what was skipped). */
  void note(String line) {
    notes.add(line);
  }

  /** Writes {@code latest.json} and {@code latest.md} into {@code folder}. */
  void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, Object> document = new LinkedHashMap<>(root);
    document.put("ratios", ratios);
    document.put("goals", goals);
    JSON.writeValue(folder.resolve("latest.json").toFile(), document);
    Files.writeString(folder.resolve("latest.md"), markdown(), StandardCharsets.UTF_8);
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| figure | baseline | Fahras | ratio | goal |\n| --- | --- | --- | --- | --- |\n");
    for (String[] row : rows) {
      Double value = ratios.get(row[3]);
      String goal =
          goals.stream()
              .filter(g -> g.ratio().equals(row[3]))
              .map(g -> g.rule() + " " + format(g.bound()) + (g.met() ? " ✅" : " ❌"))
              .findFirst()
              .orElse("");
      md.append("| ")
          .append(row[0])
          .append(" | ")
          .append(row[1])
          .append(" | ")
          .append(row[2])
          .append(" | ")
          .append(value == null ? "" : format(value) + "×")
          .append(" | ")
          .append(goal)
          .append(" |\n");
    }
    md.append('\n');
    notes.forEach(line -> md.append(line).append("  \n"));
    return md.toString();
  }

  /** A figure with three significant decimals at most, in the root locale. */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
  }
}
