package org.fahras.time;

import java.time.LocalDate;
import java.util.List;

/** The tagger's output as "text = isoValue" lines, for compact assertions. */
final class TaggerAssertions {
  static final TemporalTagger TAGGER = new TemporalTagger();

  private TaggerAssertions() {}

  /** Every mention of {@code text} at {@code reference}, as "text = isoValue". */
  static List<String> tag(String text, LocalDate reference) {
    return TAGGER.tag(text, reference).stream().map(m -> m.text() + " = " + m.isoValue()).toList();
  }
}
