package dev.answereval.scoring;

import java.util.Set;

/**
 * The writer's own words: "I" and "we" as subjects, and every first-person form. A token that keeps
 * a contraction ("i'd", "we've") counts by the part before its apostrophe, so "I'd tell them" is
 * the writer speaking, as "I would tell them" is.
 *
 * <p>Stateless and thread-safe.
 */
final class FirstPerson {
  private static final Set<String> SUBJECTS = Set.of("i", "we");

  private static final Set<String> FORMS =
      Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves");

  private FirstPerson() {}

  /** Whether a lower-case token is "I" or "we", also contracted as one token ("i'd", "we've"). */
  static boolean subject(String lower) {
    return SUBJECTS.contains(beforeApostrophe(lower));
  }

  /** Whether a lower-case token is any first-person form ("me", "our", "myself", "i'm"). */
  static boolean any(String lower) {
    return FORMS.contains(beforeApostrophe(lower));
  }

  private static String beforeApostrophe(String lower) {
    int apostrophe = lower.indexOf('\'');
    return apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
  }
}
