package dev.answereval.bench;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How to read a dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target name of the field holding the human grade; not one of the {@link #RESERVED_FIELDS}
 * @param skipInvalid when true, malformed rows are skipped and counted instead of failing the load
 * @param kind force the target kind, or null to detect it (numeric when more than half of the
 *     values are numbers; see {@link Dataset})
 * @param classes the class labels from lowest to highest, or null to derive them; when given, the
 *     target is categorical and ordinal, and a row with another label is malformed
 * @param classOrder order of derived labels when no ordinal scale is recognised
 * @param positiveClass the class a binary AUC treats as positive (a higher score should mean this
 *     class), or null for the default: the later of the two classes in class order, which is the
 *     higher class of a recognised or given scale and otherwise depends on the labels' spelling;
 *     only allowed for a target with exactly two classes
 */
public record DatasetOptions(
    String target,
    boolean skipInvalid,
    @Nullable TargetKind kind,
    @Nullable List<String> classes,
    ClassOrder classOrder,
    @Nullable String positiveClass) {

  /** The default target field name. */
  public static final String DEFAULT_TARGET = "score";

  /** The fields a row is made of, which cannot hold the grade as well. */
  public static final Set<String> RESERVED_FIELDS =
      Set.of("id", "question_id", "question", "answer", "reference", "references");

  public DatasetOptions {
    Objects.requireNonNull(target, "target");
    if (target.isBlank()) {
      throw new IllegalArgumentException("target must not be blank");
    }
    if (RESERVED_FIELDS.contains(target)) {
      throw new IllegalArgumentException(
          "target must be the field holding the grade, not '"
              + target
              + "', one of the fields every row is made of "
              + new TreeSet<>(RESERVED_FIELDS));
    }
    Objects.requireNonNull(classOrder, "classOrder");
    if (classes != null) {
      classes = List.copyOf(classes);
      if (classes.size() < 2 || classes.stream().distinct().count() != classes.size()) {
        throw new IllegalArgumentException(
            "classes must hold at least 2 distinct labels, got " + classes);
      }
      if (kind == TargetKind.NUMERIC) {
        throw new IllegalArgumentException("classes cannot be given for a NUMERIC target");
      }
    }
    if (positiveClass != null && kind == TargetKind.NUMERIC) {
      throw new IllegalArgumentException("positiveClass cannot be given for a NUMERIC target");
    }
    if (positiveClass != null && classes != null && !classes.contains(positiveClass)) {
      throw new IllegalArgumentException(
          "positiveClass '" + positiveClass + "' is not one of the classes " + classes);
    }
  }

  /** The same options with the default positive class (see {@code positiveClass}). */
  public DatasetOptions(
      String target,
      boolean skipInvalid,
      @Nullable TargetKind kind,
      @Nullable List<String> classes,
      ClassOrder classOrder) {
    this(target, skipInvalid, kind, classes, classOrder, null);
  }

  /** Target {@code score}, strict, kind detected, sorted classes, default positive class. */
  public static DatasetOptions defaults() {
    return new DatasetOptions(DEFAULT_TARGET, false, null, null, ClassOrder.SORTED, null);
  }

  /** With another target field. */
  public DatasetOptions withTarget(String newTarget) {
    return new DatasetOptions(newTarget, skipInvalid, kind, classes, classOrder, positiveClass);
  }

  /** Skipping (true) or rejecting (false) malformed rows. */
  public DatasetOptions withSkipInvalid(boolean skip) {
    return new DatasetOptions(target, skip, kind, classes, classOrder, positiveClass);
  }

  /** With a forced target kind. */
  public DatasetOptions withKind(@Nullable TargetKind newKind) {
    return new DatasetOptions(target, skipInvalid, newKind, classes, classOrder, positiveClass);
  }

  /** With explicit ordinal class labels, lowest first. */
  public DatasetOptions withClasses(@Nullable List<String> newClasses) {
    return new DatasetOptions(target, skipInvalid, kind, newClasses, classOrder, positiveClass);
  }

  /** With another order for derived class labels. */
  public DatasetOptions withClassOrder(ClassOrder order) {
    return new DatasetOptions(target, skipInvalid, kind, classes, order, positiveClass);
  }

  /**
   * With the class a binary AUC treats as positive, or null for the default (the later of the two
   * classes in class order).
   */
  public DatasetOptions withPositiveClass(@Nullable String positive) {
    return new DatasetOptions(target, skipInvalid, kind, classes, classOrder, positive);
  }
}
