package org.fahras.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the anchors of a text left to right and, at each, tries the rule families from the longest to the shortest:
 * ranges, parts of periods and ranked days, feasts, weekdays, offsets, then the {@link CoreRules single expressions}.
 * A match consumes its tokens, so mentions never overlap. One instance per text; not thread-safe.
 */
final class MentionParser {
  private final CharSequence original;
  private final Tokens tk;
  private final Context context;

  MentionParser(CharSequence original, LocalDate reference) {
    this.original = original;
    this.tk = new Tokens(original);
    this.context = new Context(tk, reference);
  }

  List<TemporalMention> parse() {
    List<TemporalMention> out = new ArrayList<>(Math.min(16, tk.anchorCount()));
    int next = 0;
    for (int a = 0; a < tk.anchorCount(); a++) {
      int t = tk.anchor(a);
      if (t < next) {
        continue;
      }
      Match m = parseSafely(t);
      if (m == null) {
        continue;
      }
      if (!m.rejected() && m.end() > t) {
        out.add(mention(t, m));
        context.mentioned(m.reading(), m.end());
      }
      next = Math.max(t + 1, m.end());
    }
    return out;
  }

  /**
   * {@link #parseAt}, with dates beyond what {@link LocalDate} holds (a reference date near its limits) treated as no
   * match: bad input never costs the rest of the text.
   */
  private Match parseSafely(int t) {
    try {
      return parseAt(t);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private Match parseAt(int t) {
    Match m;
    if ((m = RangeRule.parse(context, t)) != null
        || (m = PeriodPartRule.parse(context, t)) != null
        || (m = FeastRule.parse(context, t)) != null
        || (m = WeekdayRule.parse(context, t)) != null
        || (m = OffsetRule.parse(context, t)) != null) {
      return m;
    }
    return CoreRules.parse(context, t);
  }

  private TemporalMention mention(int fromToken, Match m) {
    int start = tk.contentStart(fromToken);
    int end = tk.end(m.end() - 1);
    Reading r = m.reading();
    return new TemporalMention(start, end, original.subSequence(start, end).toString(), r.from(), r.until(),
        r.granularity(), r.relative(), r.rule(), r.time());
  }
}
