/**
 * Fahras core: Arabic analysis, temporal tagging, indexing, date-aware search and evaluation on Apache Lucene.
 *
 * <p>Only API packages are exported; {@code org.fahras.internal} is not.
 */
module org.fahras.core {
  requires transitive org.apache.lucene.core;
  requires transitive org.apache.lucene.analysis.common;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.highlighter;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.fahras.analysis;
  exports org.fahras.document;
  exports org.fahras.search;
  exports org.fahras.time;
  exports org.fahras;

  provides org.apache.lucene.analysis.TokenFilterFactory with
      org.fahras.analysis.FahrasArabicNormalizationFilterFactory,
      org.fahras.analysis.FahrasArabicStopFilterFactory,
      org.fahras.analysis.FahrasArabicLightStemFilterFactory;
}
