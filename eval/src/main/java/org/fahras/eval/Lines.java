package org.fahras.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

/** Shared line loop of the line-oriented readers: numbering, a leading byte-order mark, blank lines. */
final class Lines {

  /** Receives one non-blank line and its 1-based number. */
  @FunctionalInterface
  interface Handler {
    void accept(int lineNumber, String line) throws IOException;
  }

  private Lines() {}

  /**
   * Calls {@code handler} for every line of {@code reader} that is not blank. A UTF-8 byte-order mark at the start
   * is dropped: editors on Windows add one, and it would otherwise become part of the first query id.
   */
  static void forEachNonBlank(BufferedReader reader, Handler handler) throws IOException {
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        handler.accept(lineNumber, line);
      }
    }
  }

  /** As {@link #forEachNonBlank(BufferedReader, Handler)} over text already in memory. */
  static void forEachNonBlank(String content, Handler handler) throws EvalFileException {
    try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
      forEachNonBlank(reader, handler);
    } catch (EvalFileException e) {
      throw e;
    } catch (IOException e) {
      // Handlers only throw EvalFileException, and reading a String does no I/O.
      throw new AssertionError(e);
    }
  }

  /** Splits a line into its whitespace-separated fields, as trec_eval's readers do. */
  static String[] fields(String line) {
    return line.strip().split("\\s+");
  }
}
