package org.fahras.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A passage of an article's body with the words that matched the query marked: plain text plus highlight spans, so
 * each front end marks them its own way (a terminal in bold, a page with {@code <mark>}) and escapes the text as it
 * must. Each span covers whole words as the analyzer cut them (a clitic chain such as {@code والعراق} is one word), so
 * marking a span never splits an Arabic word's joined letters. Immutable.
 */
public final class Snippet {
  private final String text;
  private final List<Span> highlights;

  /**
   * @param text the passage, on one line; passages far apart are joined with " … "
   * @param highlights the marked spans, in order, not overlapping, inside {@code text}
   */
  Snippet(String text, List<Span> highlights) {
    this.text = Objects.requireNonNull(text, "text");
    this.highlights = List.copyOf(highlights);
    int previousEnd = 0;
    for (Span span : this.highlights) {
      if (span.start() < previousEnd || span.end() > text.length()) {
        throw new IllegalArgumentException("highlights must be in order, apart and inside the text: " + highlights);
      }
      previousEnd = span.end();
    }
  }

  /**
   * A snippet of {@code text} with {@code highlights} marked.
   *
   * @throws IllegalArgumentException when the spans are out of order, overlap or run past the text
   */
  public static Snippet of(String text, List<Span> highlights) {
    return new Snippet(text, highlights);
  }

  /** The passage as plain text. */
  public String text() {
    return text;
  }

  /** The marked spans, in order and apart. */
  public List<Span> highlights() {
    return highlights;
  }

  /** The marked parts of the text, in order: what matched. */
  public List<String> highlightedText() {
    List<String> parts = new ArrayList<>(highlights.size());
    highlights.forEach(span -> parts.add(text.substring(span.start(), span.end())));
    return parts;
  }

  /**
   * The snippet as HTML: every character of the text escaped ({@code & < > " '}), the spans in {@code <mark>…</mark>}.
   * Safe to insert into a page as markup; the article's own text never becomes markup.
   */
  public String toHtml() {
    StringBuilder html = new StringBuilder(text.length() + highlights.size() * 13);
    int at = 0;
    for (Span span : highlights) {
      escape(text, at, span.start(), html);
      html.append("<mark>");
      escape(text, span.start(), span.end(), html);
      html.append("</mark>");
      at = span.end();
    }
    escape(text, at, text.length(), html);
    return html.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder html) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Snippet that && text.equals(that.text) && highlights.equals(that.highlights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, highlights);
  }

  @Override
  public String toString() {
    return "Snippet[" + text + ", " + highlights + "]";
  }

  /**
   * A marked part of a snippet's text.
   *
   * @param start the offset of its first character in {@link Snippet#text()}
   * @param end the offset after its last character
   */
  public record Span(int start, int end) {
    /** Checks that the span is not empty and starts at 0 or later. */
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("a span needs 0 <= start < end, got [" + start + ", " + end + ")");
      }
    }
  }
}
