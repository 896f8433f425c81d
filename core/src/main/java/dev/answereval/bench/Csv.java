package dev.answereval.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV parser: comma separators, CRLF or LF record ends, fields optionally enclosed
 * in double quotes, {@code ""} for a quote inside a quoted field, line breaks allowed inside quoted
 * fields. Lenient in two ways: a quote inside an unquoted field is kept as a character, and blank
 * lines are skipped. Stateless and thread-safe.
 */
final class Csv {
  private Csv() {}

  /** One record with the 1-based line where it starts. */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  /** Parses all records of {@code text}; a leading byte-order mark is ignored. */
  static List<Row> parse(String text, String source) throws DatasetFormatException {
    List<Row> out = new ArrayList<>();
    int n = text.length();
    int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int line = 1;
    StringBuilder field = new StringBuilder();
    while (i < n) {
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      boolean quotedSeen = false;
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (i < n && text.charAt(i) == '"') {
          quotedSeen = true;
          int quoteLine = line;
          i++;
          while (true) {
            if (i >= n) {
              throw new DatasetFormatException(
                  source, quoteLine, "quoted field opened here is never closed");
            }
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
              } else {
                i++;
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append(c);
              i++;
            }
          }
          if (i < n) {
            char c = text.charAt(i);
            if (c != ',' && c != '\r' && c != '\n') {
              throw new DatasetFormatException(
                  source,
                  line,
                  "unexpected character '" + c + "' after the closing quote of a field");
            }
          }
        } else {
          while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\r' || c == '\n') {
              break;
            }
            field.append(c);
            i++;
          }
        }
        fields.add(field.toString());
        field.setLength(0);
        if (i >= n) {
          endOfRecord = true;
        } else if (text.charAt(i) == ',') {
          i++;
          if (i >= n) {
            fields.add("");
            endOfRecord = true;
          }
        } else {
          if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          i++;
          line++;
          endOfRecord = true;
        }
      }
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !quotedSeen;
      if (!blank) {
        out.add(new Row(recordLine, fields));
      }
    }
    return out;
  }
}
