/**
 * Arabic orthographic normalization and light stemming as Lucene token filters with SPI factories, and the analyzer profiles ({@link org.fahras.analysis.AnalyzerProfile}).
 * The word lists the chain reads (stopwords, {@link org.fahras.analysis.ProcliticLookalikes}) are resources beside
 * the classes.
 */
package org.fahras.analysis;
