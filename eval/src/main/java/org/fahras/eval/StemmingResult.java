package org.fahras.eval;

/**
 * How often an analyzer's stems agree with a gold segmentation ({@link StemmingAgreement}).
 *
 * @param tokens the gold tokens measured (nouns, adjectives and verbs)
 * @param agreeing how many of them the analyzer turned into exactly the gold stem
 * @param agreement {@code agreeing / tokens}, 0 when there are no tokens
 */
public record StemmingResult(int tokens, int agreeing, double agreement) {}
