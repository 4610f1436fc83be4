/**
 * Arabic orthographic normalization and light stemming as Lucene token filters with SPI factories, and the analyzer profiles ({@link org.fahras.analysis.AnalyzerProfile}).
 */
package org.fahras.analysis;
