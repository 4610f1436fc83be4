package org.fahras.peers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the Fahras suite tells a peer run: its inputs, the sizes of this run's stages and where to write.
 *
 * <pre>
 * --articles FILE --queries FILE --as-of YYYY-MM-DD --k N --rounds N --seed N --timed-docs N --repetitions N
 * --warm-up-docs N --total-hits-threshold N --work DIR --out FILE [--control stdin]
 * </pre>
 *
 * @param articles the articles file ({@link ArticleFile})
 * @param queries the query log ({@link QueryLogFile})
 * @param asOf "now" for recency: the newest publication date of the corpus, as for Fahras
 * @param k hits asked for
 * @param rounds timed passes over the log (a warm-up pass comes first)
 * @param seed seeds the order of each pass, the same orders the suite times Fahras in
 * @param timedDocs articles of each timed indexing run (the first ones of the file)
 * @param repetitions timed indexing runs; the best counts
 * @param warmUpDocs articles indexed once, untimed, before the timed runs
 * @param totalHitsThreshold hits counted exactly before the count may become a lower bound (Lucene's default, which
 *     Fahras keeps)
 * @param work scratch folder for the engine's files
 * @param out where the figures go (JSON)
 * @param controlled true ({@code --control stdin}) when the suite drives the run step by step over standard input, so
 *     that its timed rounds alternate with the other engines' ({@link PeerBench}); false to run every step at once
 */
public record PeerSettings(
    Path articles,
    Path queries,
    LocalDate asOf,
    int k,
    int rounds,
    long seed,
    int timedDocs,
    int repetitions,
    int warmUpDocs,
    int totalHitsThreshold,
    Path work,
    Path out,
    boolean controlled) {

  /** Reads the command line; throws {@link IllegalArgumentException} naming what is wrong or missing. */
  public static PeerSettings parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
    PeerSettings settings =
        new PeerSettings(
            Path.of(required(values, "articles")),
            Path.of(required(values, "queries")),
            LocalDate.parse(required(values, "as-of")),
            number(values, "k"),
            number(values, "rounds"),
            Long.parseLong(required(values, "seed")),
            number(values, "timed-docs"),
            number(values, "repetitions"),
            number(values, "warm-up-docs"),
            number(values, "total-hits-threshold"),
            Path.of(required(values, "work")),
            Path.of(required(values, "out")),
            control(values));
    if (values.size() != (settings.controlled() ? 13 : 12)) {
      throw new IllegalArgumentException("unknown options among " + values.keySet());
    }
    return settings;
  }

  private static boolean control(Map<String, String> values) {
    String control = values.get("control");
    if (control != null && !control.equals("stdin")) {
      throw new IllegalArgumentException("--control takes stdin, got " + control);
    }
    return control != null;
  }

  private static String required(Map<String, String> values, String option) {
    String value = values.get(option);
    if (value == null) {
      throw new IllegalArgumentException("--" + option + " is required");
    }
    return value;
  }

  private static int number(Map<String, String> values, String option) {
    int value = Integer.parseInt(required(values, option));
    if (value < 0) {
      throw new IllegalArgumentException("--" + option + " must be >= 0");
    }
    return value;
  }
}
