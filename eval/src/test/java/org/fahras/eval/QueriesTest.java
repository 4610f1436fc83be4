package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueriesTest {

  @Test
  void readsTabSeparatedQueries() throws IOException {
    Queries queries = Queries.parse("\uFEFF101\tمن هم قوم شعيب؟\n\n102\t من هم قوم موسى؟ \n", "q.tsv");
    assertEquals(Map.of("101", "من هم قوم شعيب؟", "102", "من هم قوم موسى؟"), queries.asMap());
    assertEquals("101", queries.ids().iterator().next());
    assertEquals(2, queries.size());
    StringWriter out = new StringWriter();
    queries.writeTsv(out);
    assertEquals("101\tمن هم قوم شعيب؟\n102\tمن هم قوم موسى؟\n", out.toString());
  }

  @Test
  void tsvLineWithoutTabNamesTheLine() {
    EvalFileException e =
        assertThrows(EvalFileException.class, () -> Queries.parse("1\tfirst\n2 second\n", "q.tsv"));
    assertEquals("q.tsv:2: expected 'qid<TAB>text' (exactly one tab)", e.getMessage());
  }

  @Test
  void tsvLineWithEmptyTextOrDuplicateIdIsAnError() {
    assertEquals(2, assertThrows(EvalFileException.class, () -> Queries.parse("1\ta\n2\t \n", "q.tsv")).line());
    assertEquals(3, assertThrows(EvalFileException.class, () -> Queries.parse("1\ta\n\n1\tb\n", "q.tsv")).line());
  }

  @Test
  void readsClassicTrecTopics() throws IOException {
    String topics = """
        <top>
        <num> Number: 401
        <title> foreign minorities, Germany

        <desc> Description:
        What language and cultural differences impede the integration?

        <narr> Narrative:
        A relevant document will focus on the causes.
        </top>

        <top>
        <num> Number: 402
        <title> behavioral genetics
        <desc> Description:
        What is happening in the field?
        </top>
        """;
    assertEquals(Map.of("401", "foreign minorities, Germany", "402", "behavioral genetics"),
        Queries.parse(topics, "t.txt").asMap());
  }

  @Test
  void toleratesTopicVariants() throws IOException {
    // No "Number:", closing tags, upper case, a title over three lines, TREC 1-3's "Topic:" and an unknown field.
    String topics = """
          <TOP>
        <NUM>51</NUM>
        <TITLE>Topic: Airbus
           Subsidies
          to members</TITLE>
        <con>Concepts: something</con>
        </TOP>
        <top><num>Number:   MB07  </num><title>أيلول 2018</title></top>
        """;
    assertEquals(Map.of("51", "Airbus Subsidies to members", "MB07", "أيلول 2018"),
        Queries.parse(topics, "t.txt").asMap());
  }

  @Test
  void topicWithoutTitleNamesTheLineItStarts() {
    String topics = "<top>\n<num> 1\n<title> a\n</top>\n\n<top>\n<num> 2\n<desc> no title\n</top>\n";
    EvalFileException e = assertThrows(EvalFileException.class, () -> Queries.parse(topics, "t.txt"));
    assertEquals("t.txt:6: topic without <title>", e.getMessage());
  }

  @Test
  void malformedTopicStructureIsAnError() {
    assertEquals("t.txt:4: <top> inside the topic opened at line 1",
        assertThrows(EvalFileException.class,
            () -> Queries.parse("<top>\n<num> 1\n<title> a\n<top>\n", "t.txt")).getMessage());
    assertEquals("t.txt:1: <top> without </top>",
        assertThrows(EvalFileException.class,
            () -> Queries.parse("<top>\n<num> 1\n<title> a\n", "t.txt")).getMessage());
    assertEquals("t.txt:3: text outside of any topic field",
        assertThrows(EvalFileException.class,
            () -> Queries.parse("<top>\n<num> 1</num>\nstray <title> a\n</top>", "t.txt")).getMessage());
    assertEquals("t.txt:2: <num> without a topic number",
        assertThrows(EvalFileException.class,
            () -> Queries.parse("<top>\n<num> Number:\n<title> a\n</top>", "t.txt")).getMessage());
    assertEquals("t.txt:5: topic number '7' given twice",
        assertThrows(EvalFileException.class,
            () -> Queries.parse("<top><num>7<title>a</top>\n\n\n\n<top><num>7<title>b</top>", "t.txt")).getMessage());
  }

  @Test
  void ofRejectsWhatWouldNotRoundTrip() {
    assertThrows(IllegalArgumentException.class, () -> Queries.of(Map.of("a b", "text")));
    assertThrows(IllegalArgumentException.class, () -> Queries.of(Map.of("a", "two\tcolumns")));
  }
}
