package dev.answereval.bench;

/** Whether a dataset's human grade is a number or a class label. */
public enum TargetKind {
  /** Every target value is a number from -10^12 to 10^12. */
  NUMERIC,
  /** Target values are class labels. */
  CATEGORICAL;

  /** The lower-case name used in JSON output. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
