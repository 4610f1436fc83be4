package org.fahras.eval;

/**
 * Turns an evaluation query into plain words for the Fahras query parser, so a question that happens to contain
 * query-syntax characters is searched as the words it is, never rejected or turned into an operator.
 *
 * <p>Evaluation sets are natural-language questions and titles, not queries written for Fahras. The rules, applied
 * to each whitespace-separated token:
 *
 * <ul>
 *   <li>double quotes become spaces (a quote would start a required phrase, an unclosed one is a syntax error);
 *   <li>leading {@code -} are dropped (a leading minus excludes the word);
 *   <li>an ASCII {@code name:} prefix followed by more text is dropped, keeping the value (it would be read as a
 *       field filter such as {@code source:}, or rejected as an unknown field);
 *   <li>the operator {@code OR} is written {@code or}, which the analyzers read as the word it was.
 * </ul>
 *
 * <p>Everything else, Arabic punctuation and dates included, is kept: the temporal tagger must still see the dates. A
 * query can still fail, for being longer than the parser allows; the evaluation then counts it as an empty ranking.
 */
public final class QuerySanitizer {

  private QuerySanitizer() {}

  /** Returns {@code query} with the syntax above neutralized; words stay in order, separated by single spaces. */
  public static String sanitize(String query) {
    StringBuilder out = new StringBuilder(query.length());
    for (String token : query.replace('"', ' ').trim().split("\\s+")) {
      String word = withoutFieldPrefix(withoutLeadingMinus(token));
      if (word.equals("OR")) {
        word = "or";
      }
      if (!word.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").append(word);
      }
    }
    return out.toString();
  }

  private static String withoutLeadingMinus(String token) {
    int start = 0;
    while (start < token.length() && token.charAt(start) == '-') {
      start++;
    }
    return token.substring(start);
  }

  /** Drops {@code name:} when {@code name} is ASCII letters or underscores and a value follows, as the parser reads it. */
  private static String withoutFieldPrefix(String token) {
    int colon = token.indexOf(':');
    if (colon <= 0 || colon == token.length() - 1) {
      return token;
    }
    for (int i = 0; i < colon; i++) {
      char c = token.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
        return token;
      }
    }
    return withoutFieldPrefix(withoutLeadingMinus(token.substring(colon + 1)));
  }
}
