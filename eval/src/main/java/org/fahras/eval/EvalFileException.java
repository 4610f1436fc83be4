package org.fahras.eval;

import java.io.IOException;

/**
 * An evaluation input (qrels, run, queries, expectations) that cannot be read as its format requires. The message
 * always starts with {@code source:line:} so the bad record can be found and fixed.
 */
public final class EvalFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * Reports {@code problem} at {@code source:line}.
   *
   * @param source the file (or other named source) being read
   * @param line the 1-based line number of the offending record
   * @param problem what is wrong with it
   */
  public EvalFileException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** Returns the file or named source the bad record came from. */
  public String source() {
    return source;
  }

  /** Returns the 1-based line number of the bad record. */
  public int line() {
    return line;
  }
}
