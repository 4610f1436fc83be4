package org.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A pinned evaluation result: on one query set, one profile must reach at least a value on one metric, either a fixed
 * number, or another profile's value plus a margin, or another profile's value times a factor. Expectations live in
 * data files so a regression is a failed check.
 *
 * <p>File format, one expectation a line, whitespace separated; {@code #} starts a comment, blank lines are skipped:
 *
 * <pre>{@code
 * arcd-train  light-stem  ndcg@10  >=  0.62
 * arcd-train  light-stem  mrr@10   >=  none + 0.02
 * arcd-train  light-stem  p@1      >=  none - 0.01
 * arcd-train  light-stem  p@1      >=  none
 * temporal    fahras      mrr@10   >=  fahras-nointent * 1.5
 * }</pre>
 *
 * <p>"At least the better of two profiles" is two lines, one relative to each.
 *
 * @param set the evaluation set's name
 * @param profile the profile (system) the expectation is about
 * @param metric a {@link Metric#label()}
 * @param relativeTo the profile whose value the minimum is relative to, or {@code null} for an absolute minimum
 * @param factor what {@code relativeTo}'s value is multiplied by (1 unless the line says {@code * factor}); ignored
 *     for an absolute minimum
 * @param minimum the absolute minimum, or the margin added to {@code relativeTo}'s value times {@code factor} (may be
 *     negative)
 */
public record Expectation(
    String set, String profile, String metric, String relativeTo, double factor, double minimum) {

  private static final String FORMAT = "expected 'set profile metric >= value' or"
      + " 'set profile metric >= otherProfile [+|- margin | * factor]'";

  /** An absolute expectation ({@code relativeTo} null) or one relative to another profile plus a margin. */
  public Expectation(String set, String profile, String metric, String relativeTo, double minimum) {
    this(set, profile, metric, relativeTo, 1, minimum);
  }

  /** Returns whether the minimum is relative to another profile. */
  public boolean isRelative() {
    return relativeTo != null;
  }

  /**
   * Returns the value {@link #profile} must reach, given each profile's value of {@link #metric} on {@link #set}.
   */
  public double threshold(ToDoubleFunction<String> valueOfProfile) {
    return isRelative() ? valueOfProfile.applyAsDouble(relativeTo) * factor + minimum : minimum;
  }

  /** Returns the expectation as a line of the file format, such as {@code temporal fahras mrr@10 >= x * 1.5}. */
  public String toLine() {
    String head = set + " " + profile + " " + metric + " >= ";
    if (!isRelative()) {
      return head + minimum;
    }
    String scaled = factor == 1 ? relativeTo : relativeTo + " * " + factor;
    return minimum == 0 ? head + scaled : head + scaled + (minimum > 0 ? " + " + minimum : " - " + -minimum);
  }

  /** Returns whether the expectation holds, given each profile's value of {@link #metric} on {@link #set}. */
  public boolean isMetBy(ToDoubleFunction<String> valueOfProfile) {
    return valueOfProfile.applyAsDouble(profile) >= threshold(valueOfProfile);
  }

  /** Reads a UTF-8 expectations file. */
  public static List<Expectation> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses expectation lines; {@code source} names them in error messages.
   *
   * @throws EvalFileException on a line that does not follow the format or names an unknown metric
   */
  public static List<Expectation> parse(String content, String source) throws EvalFileException {
    List<Expectation> expectations = new ArrayList<>();
    Lines.forEachNonBlank(content, (lineNumber, line) -> {
      int comment = line.indexOf('#');
      String record = comment < 0 ? line : line.substring(0, comment);
      if (!record.isBlank()) {
        expectations.add(parseLine(Lines.fields(record), source, lineNumber));
      }
    });
    return expectations;
  }

  /** Parses one line's fields (comment already removed). */
  static Expectation parseLine(String[] fields, String source, int lineNumber) throws EvalFileException {
    if ((fields.length != 5 && fields.length != 7) || !fields[3].equals(">=")) {
      throw new EvalFileException(source, lineNumber, FORMAT);
    }
    try {
      Metric.fromLabel(fields[2]);
    } catch (IllegalArgumentException e) {
      throw new EvalFileException(source, lineNumber, e.getMessage());
    }
    if (fields.length == 5) {
      Double value = number(fields[4]);
      return value != null
          ? new Expectation(fields[0], fields[1], fields[2], null, value)
          : new Expectation(fields[0], fields[1], fields[2], fields[4], 0);
    }
    Double operand = number(fields[6]);
    String operator = fields[5];
    if (operand == null || !(operator.equals("+") || operator.equals("-") || operator.equals("*"))
        || number(fields[4]) != null) {
      throw new EvalFileException(source, lineNumber, FORMAT);
    }
    return switch (operator) {
      case "*" -> new Expectation(fields[0], fields[1], fields[2], fields[4], operand, 0);
      case "+" -> new Expectation(fields[0], fields[1], fields[2], fields[4], operand);
      default -> new Expectation(fields[0], fields[1], fields[2], fields[4], -operand);
    };
  }

  private static Double number(String text) {
    try {
      double value = Double.parseDouble(text);
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
