/**
 * TREC-style evaluation: qrels, runs, metrics following trec_eval's definitions, and the stemming agreement measure.
 */
package org.fahras.eval;
