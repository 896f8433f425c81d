package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void parsesRfc4180Quoting() throws Exception {
    String text =
        "id,answer,score\r\n"
            + "1,\"I would, first, listen\",4\r\n"
            + "2,\"She said \"\"stop\"\" twice\",3\r\n"
            + "3,plain,\r\n";
    List<Csv.Row> rows = Csv.parse(text, "t.csv");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).fields()).containsExactly("1", "I would, first, listen", "4");
    assertThat(rows.get(2).fields()).containsExactly("2", "She said \"stop\" twice", "3");
    assertThat(rows.get(3).fields()).containsExactly("3", "plain", "");
  }

  @Test
  void quotedLineBreaksKeepRecordLineNumbers() throws Exception {
    String text = "a,b\n\"line one\nline two\",x\n\nlast,y";
    List<Csv.Row> rows = Csv.parse(text, "t.csv");
    assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 5);
    assertThat(rows.get(1).fields()).containsExactly("line one\nline two", "x");
    assertThat(rows.get(2).fields()).containsExactly("last", "y");
  }

  @Test
  void byteOrderMarkAndEmptyQuotedFields() throws Exception {
    List<Csv.Row> rows = Csv.parse("\uFEFFa,b\n\"\",\"\"\n", "t.csv");
    assertThat(rows.get(0).fields()).containsExactly("a", "b");
    assertThat(rows.get(1).fields()).containsExactly("", "");
  }

  @Test
  void unterminatedQuoteNamesTheLineItOpened() {
    assertThatThrownBy(() -> Csv.parse("a,b\n1,2\n3,\"open\nmore\n", "bad.csv"))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage("bad.csv:3: quoted field opened here is never closed");
  }

  @Test
  void textAfterClosingQuoteIsAnError() {
    assertThatThrownBy(() -> Csv.parse("a\n\"x\"y\n", "bad.csv"))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage("bad.csv:2: unexpected character 'y' after the closing quote of a field");
  }
}
