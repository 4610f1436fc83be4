package org.fahras.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.analysis.AnalyzerProfile;

/**
 * Pinned evaluations: which sets to run with which systems, and the minimum each metric must reach. A regression is
 * a failed check, not a surprise. The project's own gate is the resource {@value #DEFAULT_RESOURCE}, which
 * {@code QualityGateTest} runs in every build that has the shared data.
 *
 * <p>File format, one statement a line, whitespace separated; {@code #} starts a comment, blank lines are skipped:
 *
 * <pre>{@code
 * set    arcd-train docs=eval/arcd-train/docs.jsonl queries=eval/arcd-train/queries.tsv
 *        qrels=eval/arcd-train/qrels.txt as-of=2019-01-01 recency=0          (one line in the file)
 * set    temporal corpus=corpus/ant-multisource-v2.1.jsonl.gz seed=7 size=200 as-of=2019-01-01 recency=0
 * system arcd-train fahras profile=fahras
 * system temporal fahras-nointent profile=fahras intent=off
 * expect arcd-train fahras mrr@10 >= lucene-arabic + 0.02
 * expect temporal fahras mrr@10 >= fahras-nointent * 1.5
 * }</pre>
 *
 * <ul>
 *   <li>{@code set NAME}: either {@code docs=}, {@code queries=} and {@code qrels=} files, or {@code corpus=} a dated
 *       JSON Lines corpus from which a temporal known-item set of {@code size=} queries is generated with {@code
 *       seed=} ({@link KnownItemGenerator.Options#defaults}); the corpus's articles are the documents. Paths are
 *       relative to the shared data folder. {@code as-of=} (required) and {@code recency=} (half-life in days, default
 *       0: off) apply to every system of the set.
 *   <li>{@code system SET NAME profile=PROFILE [intent=on|off]}: a system run on the set, after the set's line; the
 *       first system of a set is the baseline its comparisons are made against.
 *   <li>{@code expect …}: an {@link Expectation} line, naming a set and systems declared above.
 * </ul>
 */
public final class QualityGate {

  /** The class-path resource holding the project's gate. */
  public static final String DEFAULT_RESOURCE = "/org/fahras/eval/quality-gate.txt";

  private final List<GateSet> sets;
  private final List<Expectation> expectations;

  private QualityGate(List<GateSet> sets, List<Expectation> expectations) {
    this.sets = List.copyOf(sets);
    this.expectations = List.copyOf(expectations);
  }

  /** Reads the project's gate, {@value #DEFAULT_RESOURCE}. */
  public static QualityGate readDefault() throws IOException {
    try (InputStream in = QualityGate.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + DEFAULT_RESOURCE + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    }
  }

  /** Reads a UTF-8 gate file. */
  public static QualityGate read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses gate statements; {@code source} names them in error messages.
   *
   * @throws EvalFileException on a malformed statement, an unknown setting, profile or metric, or a reference to a
   *     set or system not declared before
   */
  public static QualityGate parse(String content, String source) throws EvalFileException {
    Map<String, SetLine> sets = new LinkedHashMap<>();
    List<Expectation> expectations = new ArrayList<>();
    Lines.forEachNonBlank(content, (lineNumber, line) -> {
      int comment = line.indexOf('#');
      String record = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (record.isEmpty()) {
        return;
      }
      String[] fields = Lines.fields(record);
      String[] rest = Arrays.copyOfRange(fields, 1, fields.length);
      switch (fields[0]) {
        case "set" -> {
          SetLine set = SetLine.parse(rest, source, lineNumber);
          if (sets.putIfAbsent(set.name, set) != null) {
            throw new EvalFileException(source, lineNumber, "set '" + set.name + "' declared twice");
          }
        }
        case "system" -> addSystem(sets, rest, source, lineNumber);
        case "expect" -> {
          Expectation expectation = Expectation.parseLine(rest, source, lineNumber);
          requireSystem(sets, expectation.set(), expectation.profile(), source, lineNumber);
          if (expectation.isRelative()) {
            requireSystem(sets, expectation.set(), expectation.relativeTo(), source, lineNumber);
          }
          expectations.add(expectation);
        }
        default -> throw new EvalFileException(source, lineNumber,
            "a statement starts with 'set', 'system' or 'expect', not '" + fields[0] + "'");
      }
    });
    List<GateSet> built = new ArrayList<>();
    for (SetLine set : sets.values()) {
      if (set.systems.isEmpty()) {
        throw new EvalFileException(source, set.lineNumber, "set '" + set.name + "' has no system");
      }
      built.add(set.build());
    }
    return new QualityGate(built, expectations);
  }

  private static void addSystem(Map<String, SetLine> sets, String[] fields, String source, int lineNumber)
      throws EvalFileException {
    if (fields.length < 3) {
      throw new EvalFileException(source, lineNumber, "expected 'system SET NAME profile=PROFILE [intent=on|off]'");
    }
    SetLine set = sets.get(fields[0]);
    if (set == null) {
      throw new EvalFileException(source, lineNumber, "set '" + fields[0] + "' is not declared before");
    }
    Map<String, String> settings = Settings.parse(fields, 2, List.of("profile", "intent"), source, lineNumber);
    String intent = settings.getOrDefault("intent", "on");
    if (!settings.containsKey("profile") || !(intent.equals("on") || intent.equals("off"))) {
      throw new EvalFileException(source, lineNumber, "a system needs profile=PROFILE and intent=on or intent=off");
    }
    try {
      EvalSystem system = new EvalSystem(fields[1], AnalyzerProfile.byId(settings.get("profile")), set.asOf,
          set.recencyHalfLifeDays, intent.equals("on"));
      if (set.systems.stream().anyMatch(other -> other.name().equals(system.name()))) {
        throw new IllegalArgumentException("system '" + system.name() + "' declared twice in set '" + set.name + "'");
      }
      set.systems.add(system);
    } catch (IllegalArgumentException e) {
      throw new EvalFileException(source, lineNumber, e.getMessage());
    }
  }

  private static void requireSystem(Map<String, SetLine> sets, String set, String system, String source,
      int lineNumber) throws EvalFileException {
    SetLine declared = sets.get(set);
    if (declared == null || declared.systems.stream().noneMatch(s -> s.name().equals(system))) {
      throw new EvalFileException(source, lineNumber, "no system '" + system + "' declared in set '" + set + "'");
    }
  }

  /** Returns the evaluations, in file order. */
  public List<GateSet> sets() {
    return sets;
  }

  /** Returns the expectations, in file order. */
  public List<Expectation> expectations() {
    return expectations;
  }

  /**
   * Runs every set with the data under {@code shared} and checks every expectation.
   *
   * @param shared the shared data folder the set paths are relative to
   * @param listener receives progress and warnings
   */
  public GateResult run(Path shared, EvalListener listener) throws IOException {
    Map<String, EvalReport> reports = new LinkedHashMap<>();
    for (GateSet set : sets) {
      reports.put(set.name(), evaluate(set, shared, listener));
    }
    List<ExpectationCheck> checks = new ArrayList<>();
    for (Expectation expectation : expectations) {
      EvalReport report = reports.get(expectation.set());
      Metric metric = Metric.fromLabel(expectation.metric());
      checks.add(new ExpectationCheck(expectation, report.value(expectation.profile(), metric),
          expectation.threshold(system -> report.value(system, metric))));
    }
    return new GateResult(reports, checks);
  }

  private static EvalReport evaluate(GateSet set, Path shared, EvalListener listener) throws IOException {
    RetrievalEvaluation.Builder builder;
    if (set.isGenerated()) {
      TemporalCorpus corpus = TemporalCorpus.read(shared.resolve(set.corpus()), listener);
      KnownItemSet items = corpus.knownItems(KnownItemGenerator.Options.defaults(set.seed(), set.size()));
      builder = RetrievalEvaluation.builder(items.queries(), items.qrels()).documents(corpus.articles());
    } else {
      builder = RetrievalEvaluation.builder(
              Queries.read(shared.resolve(set.queries())), Qrels.read(shared.resolve(set.qrels())))
          .documents(shared.resolve(set.docs()));
    }
    set.systems().forEach(builder::system);
    return builder.listener(listener).build().run();
  }

  /** A {@code set} line being read, collecting its systems. */
  private static final class SetLine {
    private static final List<String> KEYS =
        List.of("docs", "queries", "qrels", "corpus", "seed", "size", "as-of", "recency");

    final String name;
    final int lineNumber;
    final Map<String, String> settings;
    final LocalDate asOf;
    final double recencyHalfLifeDays;
    final List<EvalSystem> systems = new ArrayList<>();

    private SetLine(String name, int lineNumber, Map<String, String> settings, LocalDate asOf, double recency) {
      this.name = name;
      this.lineNumber = lineNumber;
      this.settings = settings;
      this.asOf = asOf;
      this.recencyHalfLifeDays = recency;
    }

    static SetLine parse(String[] fields, String source, int lineNumber) throws EvalFileException {
      if (fields.length < 2 || fields[0].contains("=")) {
        throw new EvalFileException(source, lineNumber, "expected 'set NAME key=value…'");
      }
      Map<String, String> settings = Settings.parse(fields, 1, KEYS, source, lineNumber);
      try {
        LocalDate asOf = LocalDate.parse(Settings.required(settings, "as-of"));
        double recency = Double.parseDouble(settings.getOrDefault("recency", "0"));
        SetLine set = new SetLine(fields[0], lineNumber, settings, asOf, recency);
        set.build(); // validates the source settings before any system refers to the set
        return set;
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new EvalFileException(source, lineNumber, e.getMessage());
      }
    }

    GateSet build() {
      boolean generated = settings.containsKey("corpus");
      return new GateSet(name, path("docs"), path("queries"), path("qrels"), path("corpus"),
          generated ? Long.parseLong(Settings.required(settings, "seed")) : 0,
          generated ? Integer.parseInt(Settings.required(settings, "size")) : 0,
          systems);
    }

    private Path path(String key) {
      String value = settings.get(key);
      return value == null ? null : Path.of(value);
    }
  }

  /** {@code key=value} fields. */
  private static final class Settings {
    private Settings() {}

    static Map<String, String> parse(String[] fields, int from, List<String> keys, String source, int lineNumber)
        throws EvalFileException {
      Map<String, String> settings = new LinkedHashMap<>();
      for (int i = from; i < fields.length; i++) {
        int equals = fields[i].indexOf('=');
        String key = equals < 0 ? fields[i] : fields[i].substring(0, equals);
        if (equals <= 0 || equals == fields[i].length() - 1 || !keys.contains(key)) {
          throw new EvalFileException(source, lineNumber,
              "expected key=value with a key among " + keys + ", found '" + fields[i] + "'");
        }
        if (settings.putIfAbsent(key, fields[i].substring(equals + 1)) != null) {
          throw new EvalFileException(source, lineNumber, "'" + key + "' given twice");
        }
      }
      return settings;
    }

    static String required(Map<String, String> settings, String key) {
      String value = settings.get(key);
      if (value == null) {
        throw new IllegalArgumentException("missing " + key + "=");
      }
      return value;
    }
  }
}
