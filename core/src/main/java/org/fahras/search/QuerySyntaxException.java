package org.fahras.search;

/**
 * A query the parser cannot read, with the character position (0-based) where the problem is. The message names the
 * position, so a user can fix the query.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where in the query string the problem is, 0-based. */
  private final int position;
  private final String problem;

  /** A problem at {@code position} of the query. */
  public QuerySyntaxException(String problem, int position) {
    super(problem + " (at position " + position + ")");
    this.problem = problem;
    this.position = position;
  }

  /** What is wrong, without the position (the message adds "(at position N)"). */
  public String problem() {
    return problem;
  }

  /** Where in the query string the problem is, 0-based. */
  public int position() {
    return position;
  }
}
