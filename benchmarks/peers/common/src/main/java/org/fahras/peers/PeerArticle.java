package org.fahras.peers;

import java.time.LocalDate;

/**
 * One article as the Fahras suite read it: the fields every peer indexes.
 *
 * @param id unique id
 * @param title title, possibly empty
 * @param body body text, possibly empty
 * @param source the publisher, or null
 * @param published publication date, or null when unknown
 */
public record PeerArticle(String id, String title, String body, String source, LocalDate published) {
  /** UTF-8 bytes of title and body: the text the suite's indexing MB/s are measured on. */
  long textBytes() {
    return utf8Length(title) + utf8Length(body);
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
