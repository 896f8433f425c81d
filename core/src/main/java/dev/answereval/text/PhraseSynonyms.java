package dev.answereval.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.fst.FST;

/**
 * Caller-supplied groups of equivalent phrases, as a Lucene {@link SynonymMap} over index-term
 * sequences (stop words already removed, so "kept it private" is the sequence [keep, private]).
 * {@link #expand} finds, at every position of a term sequence, the longest phrase of the map
 * starting there and hands out the terms of each equivalent phrase over the matched positions.
 *
 * <p>Immutable and thread-safe (every lookup uses its own FST reader and arcs).
 */
final class PhraseSynonyms {
  private final SynonymMap map;

  private PhraseSynonyms(SynonymMap map) {
    this.map = map;
  }

  /**
   * @param groups groups of equivalent phrases, each phrase given as its index terms
   */
  static PhraseSynonyms of(List<List<List<String>>> groups) {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    CharsRefBuilder in = new CharsRefBuilder();
    CharsRefBuilder out = new CharsRefBuilder();
    for (List<List<String>> group : groups) {
      for (List<String> a : group) {
        for (List<String> b : group) {
          if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
            builder.add(
                SynonymMap.Builder.join(a.toArray(String[]::new), in),
                SynonymMap.Builder.join(b.toArray(String[]::new), out),
                true);
          }
        }
      }
    }
    try {
      return new PhraseSynonyms(builder.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the synonym map", e);
    }
  }

  /**
   * Adds synonym terms for a sequence of index terms. An equivalent phrase of k terms matched over
   * m positions gives its r-th term to position {@code r * m / k} of the match.
   *
   * @param terms the index terms of one sentence, in order
   * @param out one list per term, receiving the extra terms
   */
  void expand(List<String> terms, List<List<String>> out) {
    if (map.fst == null) {
      return;
    }
    FST<BytesRef> fst = map.fst;
    FST.BytesReader reader = fst.getBytesReader();
    FST.Arc<BytesRef> arc = new FST.Arc<>();
    BytesRef scratch = new BytesRef();
    try {
      for (int start = 0; start < terms.size(); start++) {
        fst.getFirstArc(arc);
        BytesRef pending = fst.outputs.getNoOutput();
        BytesRef matched = null;
        int matchEnd = start;
        for (int pos = start; pos < terms.size(); pos++) {
          String term = terms.get(pos);
          boolean ok = true;
          for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            if (fst.findTargetArc(cp, arc, arc, reader) == null) {
              ok = false;
              break;
            }
            pending = fst.outputs.add(pending, arc.output());
            i += Character.charCount(cp);
          }
          if (!ok) {
            break;
          }
          if (arc.isFinal()) {
            matched = fst.outputs.add(pending, arc.nextFinalOutput());
            matchEnd = pos + 1;
          }
          if (fst.findTargetArc(SynonymMap.WORD_SEPARATOR, arc, arc, reader) == null) {
            break;
          }
          pending = fst.outputs.add(pending, arc.output());
        }
        if (matched != null) {
          for (String phrase : decode(matched, scratch)) {
            distribute(phrase, start, matchEnd, out);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the synonym map", e);
    }
  }

  private List<String> decode(BytesRef output, BytesRef scratch) {
    ByteArrayDataInput in = new ByteArrayDataInput(output.bytes, output.offset, output.length);
    int count = in.readVInt() >>> 1;
    List<String> phrases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      map.words.get(in.readVInt(), scratch);
      phrases.add(scratch.utf8ToString());
    }
    return phrases;
  }

  private static void distribute(String phrase, int start, int end, List<List<String>> out) {
    List<String> words = Arrays.asList(phrase.split(String.valueOf(SynonymMap.WORD_SEPARATOR)));
    int m = end - start;
    for (int r = 0; r < words.size(); r++) {
      List<String> target = out.get(start + r * m / words.size());
      if (!target.contains(words.get(r))) {
        target.add(words.get(r));
      }
    }
  }
}
