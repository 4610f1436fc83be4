package org.fahras.peers;

import java.util.Arrays;
import java.util.List;

/**
 * One query of the suite's log, translated out of Fahras's syntax into what every engine can say.
 *
 * @param kind the log's kind of query ({@code single}, {@code and2}, {@code or3}, {@code phrase}, {@code temporal})
 * @param operator how the words combine
 * @param text the words, separated by single spaces, without quotes; a temporal query's time expression is plain words
 * @param fahras the query as the suite typed it to Fahras (quotes of a phrase and the time expression kept), for an
 *     engine that runs Fahras's own query (OpenSearch with the Fahras plugin); an AND query is this text with the
 *     {@link Operator#ALL} operator
 */
public record PeerQuery(String kind, Operator operator, String text, String fahras) {
  /** How a query's words combine. */
  public enum Operator {
    /** Any word may match (BM25 ranks the documents that have more of them higher). */
    ANY,
    /** Every word must match, in any field. */
    ALL,
    /** The words must appear next to each other, in order. */
    PHRASE
  }

  /** A query whose Fahras text is its words (a phrase in quotes): a log written before the Fahras column. */
  public PeerQuery(String kind, Operator operator, String text) {
    this(kind, operator, text, operator == Operator.PHRASE ? "\"" + text + "\"" : text);
  }

  /** The words, in order. */
  public List<String> words() {
    return Arrays.asList(text.split(" "));
  }
}
