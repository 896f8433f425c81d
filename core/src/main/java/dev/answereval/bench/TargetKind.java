package dev.answereval.bench;

/** Whether a dataset's human grade is a number or a class label. */
public enum TargetKind {
  /** Every target value parses as a finite number. */
  NUMERIC,
  /** Target values are class labels. */
  CATEGORICAL;

  /** The lower-case name used in JSON output. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
