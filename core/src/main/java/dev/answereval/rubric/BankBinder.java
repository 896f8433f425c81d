package dev.answereval.rubric;

import dev.answereval.rubric.BankNode.Entry;
import dev.answereval.rubric.BankNode.ListNode;
import dev.answereval.rubric.BankNode.MapNode;
import dev.answereval.rubric.BankNode.Scalar;
import dev.answereval.rubric.BankNode.ScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Validates a {@link BankNode} tree against the bank format and builds the model records. Fields
 * are checked in file order, so the error reported is the first one a reader meets (checks that
 * relate several fields, such as STAR against the question kind, run when the enclosing mapping
 * ends).
 *
 * <p>Each instance binds one tree and is not thread-safe.
 */
final class BankBinder {

  private static final List<String> BANK_FIELDS =
      List.of("bank", "version", "description", "source", "license", "questions");
  private static final List<String> BANK_REQUIRED = List.of("bank", "version", "questions");
  private static final List<String> QUESTION_FIELDS =
      List.of("id", "text", "kind", "role", "category", "rubric");
  private static final List<String> QUESTION_REQUIRED = List.of("id", "text", "rubric");
  private static final List<String> RUBRIC_FIELDS =
      List.of(
          "keyPoints", "star", "exemplars", "redFlags", "length", "minKeyPoints", "passThreshold");
  private static final List<String> RUBRIC_REQUIRED = List.of("keyPoints");
  private static final List<String> KEY_POINT_FIELDS =
      List.of("id", "description", "weight", "required", "cues", "paraphrases", "hint", "star");
  private static final List<String> KEY_POINT_REQUIRED = List.of("id", "description");
  private static final List<String> RED_FLAG_FIELDS =
      List.of("id", "description", "cues", "penalty");
  private static final List<String> RED_FLAG_REQUIRED = List.of("id", "description");
  private static final List<String> EXEMPLAR_FIELDS = List.of("text", "grade");
  private static final List<String> EXEMPLAR_REQUIRED = List.of("text");
  private static final List<String> LENGTH_FIELDS = List.of("min", "max");
  private static final List<String> KIND_KEYS =
      List.of("behavioral", "situational", "knowledge", "motivational", "background");
  private static final List<String> STAR_KEYS = List.of("situation", "task", "action", "result");

  private final String source;

  private BankBinder(String source) {
    this.source = source;
  }

  /** Binds a whole bank; {@code root} is null for a document without any value. */
  static QuestionBank bind(@Nullable BankNode root, String source) throws RubricFormatException {
    BankBinder b = new BankBinder(source);
    if (root == null) {
      throw new RubricFormatException(
          source,
          1,
          1,
          "$",
          "the file is empty; expected a mapping with bank, version and questions",
          null);
    }
    return b.bank(root);
  }

  // ---- bank -------------------------------------------------------------------------------

  private QuestionBank bank(BankNode node) throws RubricFormatException {
    MapNode m = map(node, "$", "a mapping with bank, version and questions");
    String name = null;
    BankNode nameNode = null;
    String version = null;
    Map<String, String> metadata = new LinkedHashMap<>();
    List<Question> questions = null;
    for (Entry e : m.entries().values()) {
      String p = BankPaths.child("$", e.key());
      switch (e.key()) {
        case "bank" -> {
          name = id(e.value(), p);
          nameNode = e.value();
        }
        case "version" -> version = text(e.value(), p);
        case "description", "source", "license" -> metadata.put(e.key(), text(e.value(), p));
        case "questions" -> questions = questions(e.value(), p);
        default -> throw unknownField(e, p, BANK_FIELDS);
      }
    }
    requireFields(m, "$", BANK_REQUIRED, "a bank");
    try {
      return new QuestionBank(name, version, metadata, questions);
    } catch (IllegalArgumentException e) {
      throw located(nameNode, "$", e);
    }
  }

  private List<Question> questions(BankNode node, String path) throws RubricFormatException {
    ListNode list = list(node, path, "a list of questions");
    if (list.items().isEmpty()) {
      throw error(node, path, "must not be empty; a bank needs at least one question");
    }
    Map<String, String> idPaths = new HashMap<>();
    List<Question> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      out.add(question(list.items().get(i), BankPaths.index(path, i), idPaths));
    }
    return out;
  }

  // ---- question ---------------------------------------------------------------------------

  private Question question(BankNode node, String path, Map<String, String> idPaths)
      throws RubricFormatException {
    MapNode m = map(node, path, "a question mapping with id, text and rubric");
    String id = null;
    String text = null;
    QuestionKind kind = null;
    String role = null;
    String category = null;
    BoundRubric rubric = null;
    for (Entry e : m.entries().values()) {
      String p = BankPaths.child(path, e.key());
      switch (e.key()) {
        case "id" -> {
          id = id(e.value(), p);
          String earlier = idPaths.putIfAbsent(id, p);
          if (earlier != null) {
            throw error(
                e.value(),
                p,
                "duplicate question id '" + id + "'; it is already used at " + earlier);
          }
        }
        case "text" -> text = text(e.value(), p);
        case "kind" ->
            kind = QuestionKind.fromKey(choice(e.value(), p, KIND_KEYS, "question kind"));
        case "role" -> role = text(e.value(), p);
        case "category" -> category = text(e.value(), p);
        case "rubric" -> rubric = rubric(e.value(), p);
        default -> throw unknownField(e, p, QUESTION_FIELDS);
      }
    }
    requireFields(m, path, QUESTION_REQUIRED, "a question");
    boolean inferred = kind == null;
    QuestionKind k = inferred ? QuestionKind.infer(text) : kind;
    if (rubric.starNode() != null && !k.usesStar()) {
      throw error(
          rubric.starNode(),
          BankPaths.child(BankPaths.child(path, "rubric"), "star"),
          "STAR expectations are only allowed on behavioral questions, but this question's kind is "
              + k.key()
              + (inferred
                  ? " (inferred from its text; add 'kind: behavioral' if it asks about a past"
                      + " experience)"
                  : ""));
    }
    try {
      return new Question(id, text, k, role, category, rubric.rubric());
    } catch (IllegalArgumentException e) {
      throw located(node, path, e);
    }
  }

  // ---- rubric -----------------------------------------------------------------------------

  /** A bound rubric and where its STAR section was, for the kind check. */
  private record BoundRubric(Rubric rubric, @Nullable BankNode starNode) {}

  /** A key point's {@code star} value and where it was, checked once the rubric's STAR is known. */
  private record StarRef(StarComponent component, BankNode node, String path) {}

  private BoundRubric rubric(BankNode node, String path) throws RubricFormatException {
    MapNode m = map(node, path, "a rubric mapping with keyPoints");
    Map<String, String> idPaths = new HashMap<>();
    Rubric.Builder b = Rubric.builder();
    int keyPointCount = 0;
    BankNode starNode = null;
    StarExpectations starExpected = StarExpectations.none();
    List<StarRef> starRefs = new ArrayList<>();
    Entry minEntry = null;
    for (Entry e : m.entries().values()) {
      String p = BankPaths.child(path, e.key());
      switch (e.key()) {
        case "keyPoints" -> {
          ListNode list = list(e.value(), p, "a list of key points");
          if (list.items().isEmpty()) {
            throw error(e.value(), p, "must not be empty; a rubric needs at least one key point");
          }
          for (int i = 0; i < list.items().size(); i++) {
            b.keyPoint(keyPoint(list.items().get(i), BankPaths.index(p, i), idPaths, starRefs));
          }
          keyPointCount = list.items().size();
        }
        case "star" -> {
          starExpected = star(e.value(), p);
          b.star(starExpected);
          starNode = e.value();
        }
        case "exemplars" -> {
          ListNode list = list(e.value(), p, "a list of exemplars");
          for (int i = 0; i < list.items().size(); i++) {
            b.exemplar(exemplar(list.items().get(i), BankPaths.index(p, i)));
          }
        }
        case "redFlags" -> {
          ListNode list = list(e.value(), p, "a list of red flags");
          for (int i = 0; i < list.items().size(); i++) {
            b.redFlag(redFlag(list.items().get(i), BankPaths.index(p, i), idPaths));
          }
        }
        case "length" -> b.length(length(e.value(), p));
        case "minKeyPoints" -> {
          integer(e.value(), p, "an integer >= 0");
          minEntry = e;
        }
        case "passThreshold" -> b.passThreshold(number(e.value(), p, 0, 100));
        default -> throw unknownField(e, p, RUBRIC_FIELDS);
      }
    }
    requireFields(m, path, RUBRIC_REQUIRED, "a rubric");
    for (StarRef ref : starRefs) {
      if (!starExpected.components().contains(ref.component())) {
        throw error(
            ref.node(),
            ref.path(),
            starExpected.isExpected()
                ? "'"
                    + ref.component().key()
                    + "' is not among the rubric's STAR components "
                    + starExpected.components().stream().map(StarComponent::key).toList()
                : "names a STAR component, but the rubric expects no STAR story (no star section)");
      }
    }
    if (minEntry != null) {
      String p = BankPaths.child(path, "minKeyPoints");
      long min = integer(minEntry.value(), p, "an integer >= 0");
      if (min < 0 || min > keyPointCount) {
        throw error(
            minEntry.value(),
            p,
            "must be an integer in [0, "
                + keyPointCount
                + "] (the number of key points), got "
                + ((Scalar) minEntry.value()).text());
      }
      b.minKeyPoints((int) min);
    }
    try {
      return new BoundRubric(b.build(), starNode);
    } catch (IllegalArgumentException e) {
      throw located(node, path, e);
    }
  }

  private KeyPoint keyPoint(
      BankNode node, String path, Map<String, String> idPaths, List<StarRef> starRefs)
      throws RubricFormatException {
    MapNode m = map(node, path, "a key point mapping with id and description");
    String id = null;
    String description = null;
    double weight = 1.0;
    boolean required = false;
    List<String> cues = List.of();
    List<String> paraphrases = List.of();
    String hint = null;
    StarComponent star = null;
    for (Entry e : m.entries().values()) {
      String p = BankPaths.child(path, e.key());
      switch (e.key()) {
        case "id" -> id = rubricId(e.value(), p, idPaths);
        case "star" -> {
          star = StarComponent.fromKey(choice(e.value(), p, STAR_KEYS, "STAR component"));
          starRefs.add(new StarRef(star, e.value(), p));
        }
        case "description" -> description = text(e.value(), p);
        case "weight" -> weight = positive(e.value(), p);
        case "required" -> required = bool(e.value(), p);
        case "cues" -> cues = texts(e.value(), p);
        case "paraphrases" -> paraphrases = texts(e.value(), p);
        case "hint" -> hint = text(e.value(), p);
        default -> throw unknownField(e, p, KEY_POINT_FIELDS);
      }
    }
    requireFields(m, path, KEY_POINT_REQUIRED, "a key point");
    try {
      return new KeyPoint(id, description, weight, required, cues, paraphrases, hint, star);
    } catch (IllegalArgumentException e) {
      throw located(node, path, e);
    }
  }

  private RedFlag redFlag(BankNode node, String path, Map<String, String> idPaths)
      throws RubricFormatException {
    MapNode m = map(node, path, "a red flag mapping with id and description");
    String id = null;
    String description = null;
    List<String> cues = List.of();
    double penalty = RedFlag.DEFAULT_PENALTY;
    for (Entry e : m.entries().values()) {
      String p = BankPaths.child(path, e.key());
      switch (e.key()) {
        case "id" -> id = rubricId(e.value(), p, idPaths);
        case "description" -> description = text(e.value(), p);
        case "cues" -> cues = texts(e.value(), p);
        case "penalty" -> penalty = number(e.value(), p, 0, 100);
        default -> throw unknownField(e, p, RED_FLAG_FIELDS);
      }
    }
    requireFields(m, path, RED_FLAG_REQUIRED, "a red flag");
    try {
      return new RedFlag(id, description, cues, penalty);
    } catch (IllegalArgumentException e) {
      throw located(node, path, e);
    }
  }

  /** A key point or red flag id, unique among both within one rubric. */
  private String rubricId(BankNode node, String path, Map<String, String> idPaths)
      throws RubricFormatException {
    String id = id(node, path);
    String earlier = idPaths.putIfAbsent(id, path);
    if (earlier != null) {
      throw error(
          node,
          path,
          "duplicate id '"
              + id
              + "'; it is already used at "
              + earlier
              + " (ids must be unique among a rubric's key points and red flags)");
    }
    return id;
  }

  private StarExpectations star(BankNode node, String path) throws RubricFormatException {
    String expected = "\"standard\", a list of STAR components or a mapping of component to weight";
    StarExpectations standard = StarExpectations.standard();
    switch (node) {
      case Scalar s when s.type() == ScalarType.STRING -> {
        if (s.text().equals("standard")) {
          return standard;
        }
        throw error(node, path, "must be " + expected + ", got " + node.describe());
      }
      case ListNode list -> {
        if (list.items().isEmpty()) {
          throw error(node, path, "must name at least one STAR component");
        }
        Map<StarComponent, Double> weights = new EnumMap<>(StarComponent.class);
        for (int i = 0; i < list.items().size(); i++) {
          BankNode item = list.items().get(i);
          String p = BankPaths.index(path, i);
          StarComponent c = StarComponent.fromKey(choice(item, p, STAR_KEYS, "STAR component"));
          if (weights.put(c, standard.weight(c)) != null) {
            throw error(item, p, "duplicate STAR component '" + c.key() + "'");
          }
        }
        return new StarExpectations(weights);
      }
      case MapNode m -> {
        if (m.entries().isEmpty()) {
          throw error(node, path, "must name at least one STAR component");
        }
        Map<StarComponent, Double> weights = new EnumMap<>(StarComponent.class);
        for (Entry e : m.entries().values()) {
          String p = BankPaths.child(path, e.key());
          if (!STAR_KEYS.contains(e.key())) {
            throw new RubricFormatException(
                source,
                e.line(),
                e.column(),
                p,
                "unknown STAR component '"
                    + e.key()
                    + "'"
                    + suggestion(e.key(), STAR_KEYS)
                    + "; expected one of "
                    + String.join(", ", STAR_KEYS),
                null);
          }
          weights.put(StarComponent.fromKey(e.key()), positive(e.value(), p));
        }
        return new StarExpectations(weights);
      }
      default -> throw error(node, path, "must be " + expected + ", got " + node.describe());
    }
  }

  private Exemplar exemplar(BankNode node, String path) throws RubricFormatException {
    if (node instanceof Scalar s && s.type() == ScalarType.STRING) {
      return Exemplar.of(text(node, path));
    }
    if (!(node instanceof MapNode m)) {
      throw error(
          node, path, "must be a string or a mapping with text and grade, got " + node.describe());
    }
    String text = null;
    Double grade = null;
    for (Entry e : m.entries().values()) {
      String p = BankPaths.child(path, e.key());
      switch (e.key()) {
        case "text" -> text = text(e.value(), p);
        case "grade" -> grade = number(e.value(), p, 0, 100);
        default -> throw unknownField(e, p, EXEMPLAR_FIELDS);
      }
    }
    requireFields(m, path, EXEMPLAR_REQUIRED, "an exemplar");
    try {
      return new Exemplar(text, grade);
    } catch (IllegalArgumentException e) {
      throw located(node, path, e);
    }
  }

  private LengthRange length(BankNode node, String path) throws RubricFormatException {
    MapNode m = map(node, path, "a mapping with min and max (words)");
    long min = 0;
    Entry maxEntry = null;
    for (Entry e : m.entries().values()) {
      String p = BankPaths.child(path, e.key());
      switch (e.key()) {
        case "min" -> min = integer(e.value(), p, "an integer >= 0");
        case "max" -> {
          integer(e.value(), p, "an integer > min");
          maxEntry = e;
        }
        default -> throw unknownField(e, p, LENGTH_FIELDS);
      }
    }
    requireFields(m, path, LENGTH_FIELDS, "a length");
    String minPath = BankPaths.child(path, "min");
    if (min < 0 || min > Integer.MAX_VALUE - 1) {
      BankNode minNode = m.entries().get("min").value();
      String expected = min < 0 ? "an integer >= 0" : "at most " + (Integer.MAX_VALUE - 1);
      throw error(minNode, minPath, "must be " + expected + ", got " + ((Scalar) minNode).text());
    }
    String maxPath = BankPaths.child(path, "max");
    long max = integer(maxEntry.value(), maxPath, "an integer > min");
    if (max > Integer.MAX_VALUE) {
      throw error(
          maxEntry.value(),
          maxPath,
          "must be at most " + Integer.MAX_VALUE + ", got " + ((Scalar) maxEntry.value()).text());
    }
    if (max <= min) {
      throw error(
          maxEntry.value(),
          maxPath,
          "must be an integer > min (" + min + "), got " + ((Scalar) maxEntry.value()).text());
    }
    return new LengthRange((int) min, (int) max);
  }

  // ---- scalars ----------------------------------------------------------------------------

  private MapNode map(BankNode node, String path, String expected) throws RubricFormatException {
    if (node instanceof MapNode m) {
      return m;
    }
    throw error(node, path, "must be " + expected + ", got " + node.describe());
  }

  private ListNode list(BankNode node, String path, String expected) throws RubricFormatException {
    if (node instanceof ListNode l) {
      return l;
    }
    throw error(node, path, "must be " + expected + ", got " + node.describe());
  }

  /** A non-blank string, stripped of surrounding white space. */
  private String text(BankNode node, String path) throws RubricFormatException {
    if (!(node instanceof Scalar s) || s.type() != ScalarType.STRING) {
      String hint =
          node instanceof Scalar s && s.type() != ScalarType.NULL
              ? " (put it in quotes if it is meant as text)"
              : "";
      throw error(node, path, "must be a string, got " + node.describe() + hint);
    }
    if (s.text().isBlank()) {
      throw error(node, path, "must not be blank");
    }
    return s.text().strip();
  }

  private String id(BankNode node, String path) throws RubricFormatException {
    String id = text(node, path);
    if (!Ids.ID.matcher(id).matches()) {
      throw error(
          node,
          path,
          "must be an id of 1-80 letters, digits, '.', '_' or '-' starting with a letter or"
              + " digit, got '"
              + id
              + "'");
    }
    return id;
  }

  /** One of a closed set of lower-case names. */
  private String choice(BankNode node, String path, List<String> allowed, String what)
      throws RubricFormatException {
    String expected = "expected one of " + String.join(", ", allowed);
    if (!(node instanceof Scalar s) || s.type() != ScalarType.STRING) {
      throw error(node, path, "must be a " + what + ", " + expected + "; got " + node.describe());
    }
    if (!allowed.contains(s.text())) {
      throw error(
          node,
          path,
          "unknown "
              + what
              + " '"
              + s.text()
              + "'"
              + suggestion(s.text(), allowed)
              + "; "
              + expected);
    }
    return s.text();
  }

  private List<String> texts(BankNode node, String path) throws RubricFormatException {
    ListNode list = list(node, path, "a list of strings");
    List<String> out = new ArrayList<>(list.items().size());
    for (int i = 0; i < list.items().size(); i++) {
      out.add(text(list.items().get(i), BankPaths.index(path, i)));
    }
    return out;
  }

  private boolean bool(BankNode node, String path) throws RubricFormatException {
    if (node instanceof Scalar s && s.type() == ScalarType.BOOLEAN) {
      return s.text().equals("true");
    }
    throw error(node, path, "must be true or false, got " + node.describe());
  }

  private double positive(BankNode node, String path) throws RubricFormatException {
    String expected = "a number > 0";
    double v = numeric(node, path, expected);
    if (!Double.isFinite(v) || v <= 0) {
      throw error(node, path, "must be " + expected + ", got " + ((Scalar) node).text());
    }
    return v;
  }

  private double number(BankNode node, String path, double lo, double hi)
      throws RubricFormatException {
    String expected = "a number in [" + plain(lo) + ", " + plain(hi) + "]";
    double v = numeric(node, path, expected);
    if (!Double.isFinite(v) || v < lo || v > hi) {
      throw error(node, path, "must be " + expected + ", got " + ((Scalar) node).text());
    }
    return v;
  }

  private double numeric(BankNode node, String path, String expected) throws RubricFormatException {
    if (node instanceof Scalar s && s.number() != null) {
      return s.number().doubleValue();
    }
    throw error(node, path, "must be " + expected + ", got " + node.describe());
  }

  /** An integer value; out-of-long-range values are clamped so range checks reject them. */
  private long integer(BankNode node, String path, String expected) throws RubricFormatException {
    if (node instanceof Scalar s && s.number() != null) {
      BigDecimal d;
      try {
        d = new BigDecimal(s.number().toString());
      } catch (NumberFormatException e) {
        throw error(node, path, "must be " + expected + ", got " + s.text());
      }
      if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
        BigInteger i = d.toBigIntegerExact();
        if (i.bitLength() < 63) {
          return i.longValue();
        }
        return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
      }
      throw error(node, path, "must be " + expected + ", got " + s.text());
    }
    throw error(node, path, "must be " + expected + ", got " + node.describe());
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  // ---- errors -----------------------------------------------------------------------------

  private void requireFields(MapNode m, String path, List<String> required, String what)
      throws RubricFormatException {
    for (String r : required) {
      if (!m.entries().containsKey(r)) {
        throw error(
            m,
            path,
            "missing required field '"
                + r
                + "'; "
                + what
                + " needs "
                + String.join(", ", required));
      }
    }
  }

  private RubricFormatException unknownField(Entry e, String path, List<String> allowed) {
    return new RubricFormatException(
        source,
        e.line(),
        e.column(),
        path,
        "unknown field '"
            + e.key()
            + "'"
            + suggestion(e.key(), allowed)
            + "; allowed: "
            + String.join(", ", allowed),
        null);
  }

  private RubricFormatException error(BankNode node, String path, String problem) {
    return new RubricFormatException(source, node.line(), node.column(), path, problem, null);
  }

  private RubricFormatException located(
      @Nullable BankNode node, String path, IllegalArgumentException e) {
    int line = node == null ? 0 : node.line();
    int column = node == null ? 0 : node.column();
    return new RubricFormatException(source, line, column, path, e.getMessage(), e);
  }

  /** " (did you mean 'x'?)" for the closest allowed name within two edits, else "". */
  private static String suggestion(String got, List<String> allowed) {
    String g = got.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String a : allowed) {
      int d = distance(g, a.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
