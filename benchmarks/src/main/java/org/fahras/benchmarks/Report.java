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
 * The suite's results: raw figures by stage, a {@code ratios} object (ratios of figures of the same run), the goals
 * checked against them, the machine and the command. Written as {@code latest.json} (Jackson, snake_case keys) and
 * {@code latest.md}: what produced it (command, machine, time), one table, the notes, and the time each stage took.
 *
 * <p>In {@code latest.json} most ratios are candidate ÷ baseline; the peer latency ratios
 * ({@code query_p50_fahras_vs_<engine>}, ...) are peer ÷ Fahras, and {@code indexing_*_2_threads_vs_1} are speed-ups
 * ({@link PeerFigures}, {@link IndexingFigures}); those keys and values stay as they are for whoever reads them. In
 * {@code latest.md} every ratio reads one way, said once above the table: the Fahras column divided by the baseline
 * column, with each goal restated in that direction.
 */
final class Report {
  /** A goal: a ratio of this run and the bound it must meet. */
  record Goal(String ratio, String rule, double bound, Double value, boolean met) {}

  /** Set by {@code benchmarks/run}: the command line as typed, for the report's first line. */
  static final String COMMAND_VARIABLE = "FAHRAS_BENCH_COMMAND";

  /** The one reading of every ratio in {@code latest.md}. */
  static final String READING =
      "Every ratio is the Fahras column ÷ the baseline column, both measured in this run: above 1 Fahras's figure is"
          + " the larger (faster for docs/s, MB/s and QPS; slower for ms; bigger for MB), below 1 the smaller. Each"
          + " goal is stated in that direction.";

  /** How a {@code latest.json} ratio relates to the two columns of its row. */
  private enum Reading {
    /** Fahras (candidate) ÷ baseline: the column ratio itself. */
    CANDIDATE_OVER_BASELINE,
    /** Baseline ÷ Fahras (the peer latencies): the column ratio is its inverse. */
    BASELINE_OVER_CANDIDATE,
    /** Fahras's own figure (a speed-up): the goal bounds the Fahras column. */
    CANDIDATE_FIGURE;

    static Reading of(String ratio) {
      if (ratio.startsWith("query_p") && ratio.contains("_fahras_vs_") || ratio.endsWith("_vs_fahras")) {
        return BASELINE_OVER_CANDIDATE;
      }
      return ratio.endsWith("_2_threads_vs_1") ? CANDIDATE_FIGURE : CANDIDATE_OVER_BASELINE;
    }
  }

  /** The stage names of {@code seconds}, in words. */
  private static final Map<String, String> STAGES =
      Map.of(
          "corpus_load", "loading the corpus",
          "analysis_and_tagger", "analysis and tagger",
          "indexing", "indexing",
          "query_index_obtain", "query index (built, or loaded when cached)",
          "queries", "queries",
          "peers", "peers",
          "total", "total");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Double> ratios = new LinkedHashMap<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  /** Ratios measured over rounds: their min and max, shown beside the ratio in {@code latest.md}. */
  private final Map<String, double[]> spreads = new LinkedHashMap<>();

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

  /** Records that {@code ratio} ranged from {@code min} to {@code max} over the rounds it was measured in. */
  void spread(String ratio, double min, double max) {
    spreads.put(ratio, new double[] {min, max});
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
    root.putIfAbsent("command", command());
    Map<String, Object> document = new LinkedHashMap<>(root);
    document.put("ratios", ratios);
    document.put("goals", goals);
    JSON.writeValue(folder.resolve("latest.json").toFile(), document);
    Files.writeString(folder.resolve("latest.md"), markdown(), StandardCharsets.UTF_8);
  }

  /** The command that started the suite: as {@code benchmarks/run} passed it, else the Java entry point. */
  private static String command() {
    String command = System.getenv(COMMAND_VARIABLE);
    return command == null || command.isBlank()
        ? "java -cp fahras-benchmarks.jar org.fahras.benchmarks.Suite (not through benchmarks/run)"
        : command;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(header()).append("\n\n").append(READING).append("\n\n");
    md.append("| figure | baseline | Fahras | Fahras ÷ baseline | goal |\n| --- | --- | --- | --- | --- |\n");
    for (String[] row : rows) {
      md.append("| ")
          .append(row[0])
          .append(" | ")
          .append(row[1])
          .append(" | ")
          .append(row[2])
          .append(" | ")
          .append(columnRatio(row))
          .append(" | ")
          .append(goal(row[3]))
          .append(" |\n");
    }
    md.append('\n');
    notes.forEach(line -> md.append(line).append("  \n"));
    String stages = stageTimes();
    if (!stages.isEmpty()) {
      md.append(stages).append("  \n");
    }
    return md.toString();
  }

  /** What produced the report: the command, when, how long it took, on what machine. */
  private String header() {
    StringBuilder text = new StringBuilder("Produced by `").append(root.getOrDefault("command", command())).append('`');
    if (root.get("machine") instanceof Map<?, ?> machine) {
      Object date = machine.get("date");
      if (date != null) {
        String iso = date.toString();
        text.append(" on ").append(iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC" : iso);
      }
      Double total = seconds().get("total");
      if (total != null) {
        text.append(" (").append(duration(total)).append(')');
      }
      text.append(", ").append(machine.get("mode")).append(" mode, seed ").append(machine.get("seed")).append(".  \n");
      text.append("Machine: ").append(machine.get("os")).append(", ").append(machine.get("cores")).append(" cores, JDK ")
          .append(machine.get("jdk")).append(" (").append(machine.get("vm")).append(")");
      if (machine.get("max_heap_bytes") instanceof Number heap) {
        text.append(String.format(Locale.ROOT, ", %.1f GB heap", heap.doubleValue() / (1L << 30)));
      }
      text.append('.');
    } else {
      text.append('.');
    }
    return text.toString();
  }

  /** The row's ratio as the Fahras column ÷ the baseline column, or "" when it has none. */
  private String columnRatio(String[] row) {
    Double value = ratios.get(row[3]);
    if (value == null) {
      return "";
    }
    double ratio =
        switch (Reading.of(row[3])) {
          case CANDIDATE_OVER_BASELINE -> value;
          case BASELINE_OVER_CANDIDATE -> 1 / value;
          case CANDIDATE_FIGURE -> figure(row[2]) / figure(row[1]);
        };
    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      return "";
    }
    double[] spread = spreads.get(row[3]);
    if (spread == null) {
      return format(ratio) + "×";
    }
    boolean inverse = Reading.of(row[3]) == Reading.BASELINE_OVER_CANDIDATE;
    double low = inverse ? 1 / spread[1] : spread[0];
    double high = inverse ? 1 / spread[0] : spread[1];
    return format(ratio) + "× (" + format(low) + "–" + format(high) + ")";
  }

  /** A figure as the table shows it ("5,191", "2.13×"), or NaN. */
  private static double figure(String shown) {
    try {
      return Double.parseDouble(shown.replace(",", "").replace("×", "").trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The goal on a row's ratio, stated in the direction of the ratio column, with whether this run met it. */
  private String goal(String ratio) {
    for (Goal goal : goals) {
      if (goal.ratio().equals(ratio)) {
        boolean atLeast = goal.rule().equals(">=");
        String stated =
            switch (Reading.of(ratio)) {
              case CANDIDATE_OVER_BASELINE -> (atLeast ? "≥ " : "≤ ") + format(goal.bound());
              case BASELINE_OVER_CANDIDATE -> (atLeast ? "≤ " : "≥ ") + format(1 / goal.bound());
              case CANDIDATE_FIGURE -> "Fahras " + (atLeast ? "≥ " : "≤ ") + format(goal.bound()) + "×";
            };
        return stated + (goal.met() ? " ✅" : " ❌");
      }
    }
    return "";
  }

  @SuppressWarnings("unchecked")
  private Map<String, Double> seconds() {
    Object seconds = root.get("seconds");
    return seconds instanceof Map<?, ?> map ? (Map<String, Double>) map : Map.of();
  }

  /** "Stage times: loading the corpus 3 s, analysis and tagger 1 min 22 s, ...", or "" without timings. */
  private String stageTimes() {
    List<String> parts = new ArrayList<>();
    seconds().forEach((stage, value) -> parts.add(STAGES.getOrDefault(stage, stage.replace('_', ' ')) + " " + duration(value)));
    return parts.isEmpty() ? "" : "Stage times: " + String.join(", ", parts) + ".";
  }

  /** A duration for people: "48 s", "5 min 5 s", "1 h 2 min". */
  static String duration(double seconds) {
    long whole = Math.round(seconds);
    if (whole < 60) {
      return whole + " s";
    }
    if (whole < 3600) {
      return whole / 60 + " min " + whole % 60 + " s";
    }
    return whole / 3600 + " h " + whole % 3600 / 60 + " min";
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
