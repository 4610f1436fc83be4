package org.fahras.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the query log the Fahras suite writes: UTF-8, one query a line, {@code kind<TAB>operator<TAB>words<TAB>fahras},
 * the operator being {@code any}, {@code all} or {@code phrase}, and {@code fahras} the query as typed to Fahras
 * (optional: without it a phrase's Fahras text is its words in quotes, any other query's its words).
 */
public final class QueryLogFile {
  private QueryLogFile() {}

  /** Every query of {@code file}, in order. */
  public static List<PeerQuery> read(Path file) throws IOException {
    List<PeerQuery> queries = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length < 3 || parts.length > 4 || parts[2].isBlank() || (parts.length == 4 && parts[3].isBlank())) {
        throw new IOException(file + ":" + number + ": expected kind<TAB>operator<TAB>words[<TAB>fahras]");
      }
      PeerQuery.Operator operator = PeerQuery.Operator.valueOf(parts[1].toUpperCase(Locale.ROOT));
      queries.add(
          parts.length == 4
              ? new PeerQuery(parts[0], operator, parts[2], parts[3])
              : new PeerQuery(parts[0], operator, parts[2]));
    }
    return List.copyOf(queries);
  }
}
