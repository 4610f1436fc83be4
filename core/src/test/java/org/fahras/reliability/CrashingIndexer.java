package org.fahras.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.fahras.Fahras;
import org.fahras.document.ReadListener;

/**
 * The child process {@link CrashRecoveryTest} kills: indexes a JSON Lines file with a commit every N articles, pausing
 * a little now and then so the parent always finds it mid-run, however fast the machine.
 *
 * <p>Arguments: index folder, input file, commit every N articles, pause in milliseconds every 100 articles.
 */
public final class CrashingIndexer {
  private CrashingIndexer() {}

  /** Indexes, then exits normally (the test kills it before that). */
  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    Path input = Path.of(args[1]);
    long commitEvery = Long.parseLong(args[2]);
    long pauseMillis = Long.parseLong(args[3]);
    long[] seen = new long[1];
    try (Fahras fahras = Fahras.builder(index).commitEvery(commitEvery, Duration.ofHours(1)).open()) {
      fahras.addFrom(
          input,
          ReadListener.of(
              article -> {
                if (++seen[0] % 100 == 0) {
                  pause(pauseMillis);
                }
              },
              rejection -> {
                throw new AssertionError("generated input has no bad record: " + rejection);
              }));
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
