package org.fahras.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated document as the {@link KnownItemGenerator} sees it; callers adapt their article type to it.
 *
 * @param id the document id (what the qrels name)
 * @param title the title, where query words are taken from
 * @param text the body, counted with the title when measuring how common a word is
 * @param published the publication date; items without one cannot yield a temporal query and are passed over
 */
public record DatedItem(String id, String title, String text, LocalDate published) {

  /** Requires id, title and text; {@code published} may be null. */
  public DatedItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
