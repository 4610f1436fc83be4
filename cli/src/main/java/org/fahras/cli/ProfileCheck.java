package org.fahras.cli;

import picocli.CommandLine.Option;

/** {@code --profile} on the commands that read an index: a check, since an index is read with its own profile. */
final class ProfileCheck {
  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = "Fail unless the index was built with this analyzer profile (standard, lucene-arabic, fahras or fahras-lean);"
          + " without it, the index is read with the profile it was built with.")
  String profile;
}
