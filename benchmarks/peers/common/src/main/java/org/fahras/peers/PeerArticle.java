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
    return Text.utf8Length(title) + Text.utf8Length(body);
  }
}
