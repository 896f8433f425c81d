package dev.answereval.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link BenchmarkReport} as one self-contained HTML page with inline CSS and SVG: a
 * predicted-vs-human scatter plot, per-question bars of the main metric and, for categorical
 * targets, a confusion-matrix heat map. Stateless and thread-safe.
 */
final class HtmlReport {
  private HtmlReport() {}

  static String render(BenchmarkReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    sb.append("<title>")
        .append(esc("Benchmark: " + r.scorer() + " on " + r.dataset()))
        .append("</title>\n");
    sb.append(
        "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
            + "padding:.25em .6em;text-align:right}th:first-child,td:first-child{text-align:left}"
            + "svg{display:block;margin:1em 0}.na{color:#999}</style>\n");
    sb.append("</head>\n<body>\n");
    sb.append("<h1>").append(esc(r.scorer())).append(" on ").append(esc(r.dataset()));
    sb.append("</h1>\n<ul>\n");
    sb.append("<li>rows: ").append(r.n());
    if (r.invalidRows() > 0) {
      sb.append(" (").append(r.invalidRows()).append(" invalid rows skipped)");
    }
    sb.append("</li>\n<li>target: <code>").append(esc(r.target())).append("</code> (");
    sb.append(r.kind().jsonName());
    if (r.kind() == TargetKind.CATEGORICAL) {
      sb.append(", classes ").append(esc(String.join(", ", r.classes())));
    }
    if (r.positiveClass() != null) {
      sb.append(", positive class for AUC: ").append(esc(r.positiveClass()));
    }
    sb.append(")</li>\n<li>calibration: ")
        .append(esc(ReportWriter.describe(r.calibration())))
        .append("</li>\n<li>bootstrap: ")
        .append(r.bootstrapResamples())
        .append(" resamples by question, seed ")
        .append(r.seed())
        .append("</li>\n<li>throughput: ")
        .append(String.format(Locale.ROOT, "%.1f", r.answersPerSecond()))
        .append(" answers/s</li>\n</ul>\n");
    if (!r.metrics().isEmpty()) {
      sb.append("<h2>Calibrated metrics</h2>\n");
      metricTable(sb, r.metrics(), r.ci());
    }
    sb.append("<h2>Uncalibrated metrics (raw score)</h2>\n");
    metricTable(sb, r.uncalibrated(), r.uncalibratedCi());
    sb.append("<h2>Predicted vs human</h2>\n");
    scatter(sb, r);
    if (r.confusion() != null) {
      sb.append("<h2>Confusion matrix</h2>\n");
      heatMap(sb, r.confusion());
    }
    sb.append("<h2>Per question: ").append(esc(r.mainMetric())).append("</h2>\n");
    questionBars(sb, r);
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void metricTable(
      StringBuilder sb, Map<String, MetricValue> metrics, Map<String, ConfidenceInterval> ci) {
    sb.append("<table>\n<tr><th>metric</th><th>value</th><th>95% CI</th></tr>\n");
    metrics.forEach(
        (name, v) -> {
          ConfidenceInterval c = ci.get(name);
          sb.append("<tr><td>").append(esc(name)).append("</td>");
          if (v.isDefined()) {
            sb.append("<td>").append(ReportWriter.fmt(v)).append("</td>");
          } else {
            sb.append("<td class=\"na\" title=\"")
                .append(esc(String.valueOf(v.reason())))
                .append("\">n/a</td>");
          }
          sb.append("<td>")
              .append(
                  c == null
                      ? "n/a"
                      : "["
                          + ReportWriter.fmt(c.lower())
                          + ", "
                          + ReportWriter.fmt(c.upper())
                          + "]")
              .append("</td></tr>\n");
        });
    sb.append("</table>\n");
  }

  private static final int W = 520;
  private static final int H = 380;
  private static final int M = 50;

  private static void scatter(StringBuilder sb, BenchmarkReport r) {
    List<RowResult> rows = r.rows();
    boolean numeric = r.kind() == TargetKind.NUMERIC;
    boolean calibrated = numeric && rows.get(0).calibrated().isPresent();
    double[] xs = new double[rows.size()];
    double[] ys = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      RowResult row = rows.get(i);
      if (numeric) {
        xs[i] = Double.parseDouble(row.row().target());
      } else {
        // class index with a deterministic jitter so points of one class spread out
        double jitter = ((Math.floorMod(row.row().id().hashCode(), 1000)) / 1000.0 - 0.5) * 0.5;
        xs[i] = r.classes().indexOf(row.row().target()) + jitter;
      }
      ys[i] = calibrated ? row.calibrated().getAsDouble() : row.prediction().score();
    }
    double xMin = numeric ? min(xs) : -0.5;
    double xMax = numeric ? max(xs) : r.classes().size() - 0.5;
    double yMin = calibrated ? Math.min(min(ys), xMin) : 0;
    double yMax = calibrated ? Math.max(max(ys), xMax) : 100;
    if (calibrated) {
      xMin = yMin;
      xMax = yMax;
    }
    if (xMax == xMin) {
      xMax = xMin + 1;
    }
    if (yMax == yMin) {
      yMax = yMin + 1;
    }
    String yLabel = calibrated ? "calibrated prediction" : "raw score";
    sb.append(svgOpen(W, H, "Scatter of " + yLabel + " against the human " + r.target()));
    axes(sb, xMin, xMax, yMin, yMax, numeric);
    if (!numeric) {
      for (int c = 0; c < r.classes().size(); c++) {
        double px = px(c, xMin, xMax);
        sb.append(text(px, H - M + 16, r.classes().get(c), "middle"));
      }
    }
    if (calibrated) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\""
                  + " stroke-dasharray=\"4 3\"/>\n",
              px(xMin, xMin, xMax),
              py(xMin, yMin, yMax),
              px(xMax, xMin, xMax),
              py(xMax, yMin, yMax)));
    }
    for (int i = 0; i < xs.length; i++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#3465a4\" fill-opacity=\"0.45\"/>\n",
              px(xs[i], xMin, xMax),
              py(ys[i], yMin, yMax)));
    }
    sb.append(text(W / 2.0, H - 8, "human " + r.target(), "middle"));
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"14\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %.1f)\">%s</text>\n",
            H / 2.0,
            H / 2.0,
            esc(yLabel)));
    sb.append("</svg>\n");
  }

  private static void axes(
      StringBuilder sb, double xMin, double xMax, double yMin, double yMax, boolean xTicks) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n",
            M,
            H - M,
            W - M,
            H - M,
            M,
            M,
            M,
            H - M));
    for (int t = 0; t <= 4; t++) {
      double yv = yMin + (yMax - yMin) * t / 4;
      sb.append(text(M - 6, py(yv, yMin, yMax) + 4, tick(yv), "end"));
      if (xTicks) {
        double xv = xMin + (xMax - xMin) * t / 4;
        sb.append(text(px(xv, xMin, xMax), H - M + 16, tick(xv), "middle"));
      }
    }
  }

  private static void heatMap(StringBuilder sb, ConfusionMatrix m) {
    int k = m.size();
    int cell = Math.max(28, Math.min(70, 360 / k));
    int left = 130;
    int top = 40;
    int width = left + k * cell + 20;
    int height = top + k * cell + 40;
    sb.append(svgOpen(width, height, "Confusion matrix heat map, rows human, columns predicted"));
    int maxCount = 1;
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        maxCount = Math.max(maxCount, m.count(t, p));
      }
    }
    for (int c = 0; c < k; c++) {
      sb.append(text(left + c * cell + cell / 2.0, top - 8, m.labels().get(c), "middle"));
      sb.append(text(left - 8, top + c * cell + cell / 2.0 + 4, m.labels().get(c), "end"));
    }
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        double share = (double) m.count(t, p) / maxCount;
        int shade = (int) Math.round(255 - 200 * share);
        sb.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,255)\""
                    + " stroke=\"#fff\"><title>human %s, predicted %s: %d</title></rect>\n",
                left + p * cell,
                top + t * cell,
                cell,
                cell,
                shade,
                shade,
                esc(m.labels().get(t)),
                esc(m.labels().get(p)),
                m.count(t, p)));
        sb.append(
            text(
                left + p * cell + cell / 2.0,
                top + t * cell + cell / 2.0 + 4,
                Integer.toString(m.count(t, p)),
                "middle"));
      }
    }
    sb.append(text(left + k * cell / 2.0, height - 10, "predicted", "middle"));
    sb.append("</svg>\n");
  }

  private static void questionBars(StringBuilder sb, BenchmarkReport r) {
    List<QuestionResult> qs = r.perQuestion();
    int bar = 18;
    List<String> labels = qs.stream().map(q -> barLabel(q.questionId(), q.n())).toList();
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    // About 7 pixels per character at font size 12, so long ids are not clipped at the left edge.
    int left = Math.max(160, 16 + 7 * longest);
    int plot = 300;
    int height = 20 + qs.size() * (bar + 4) + 20;
    int width = left + plot + 80;
    sb.append(svgOpen(width, height, "Per-question " + r.mainMetric()));
    double lo = 0;
    double hi = 1;
    for (QuestionResult q : qs) {
      MetricValue v = ReportWriter.questionMetric(q, r.mainMetric());
      if (v.isDefined()) {
        lo = Math.min(lo, v.value());
        hi = Math.max(hi, v.value());
      }
    }
    double zero = left + plot * (0 - lo) / (hi - lo);
    sb.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>\n",
            zero,
            zero,
            height - 10));
    for (int i = 0; i < qs.size(); i++) {
      QuestionResult q = qs.get(i);
      int y = 20 + i * (bar + 4);
      sb.append(text(left - 8, y + bar - 4, labels.get(i), "end"));
      MetricValue v = ReportWriter.questionMetric(q, r.mainMetric());
      if (!v.isDefined()) {
        sb.append(text(zero + 6, y + bar - 4, "n/a", "start"));
        continue;
      }
      double end = left + plot * (v.value() - lo) / (hi - lo);
      sb.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                  + "<title>%s: %s</title></rect>\n",
              Math.min(zero, end),
              y,
              Math.abs(end - zero),
              bar,
              v.value() >= 0 ? "#4e9a06" : "#cc0000",
              esc(q.questionId()),
              ReportWriter.fmt(v)));
      sb.append(text(Math.max(zero, end) + 6, y + bar - 4, ReportWriter.fmt(v), "start"));
    }
    sb.append("</svg>\n");
  }

  /** A bar's label: the question id (shortened to 48 characters with an ellipsis) and n. */
  static String barLabel(String questionId, int n) {
    String id =
        questionId.length() > MAX_ID_CHARS
            ? questionId.substring(0, MAX_ID_CHARS - 1) + "\u2026"
            : questionId;
    return id + " (n=" + n + ")";
  }

  private static final int MAX_ID_CHARS = 48;

  private static String svgOpen(int width, int height, String label) {
    return String.format(
        Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
            + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
        width,
        height,
        width,
        height,
        esc(label));
  }

  private static String text(double x, double y, String s, String anchor) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">%s</text>\n",
        x,
        y,
        anchor,
        esc(s));
  }

  private static String tick(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-9
        ? Long.toString(Math.round(v))
        : String.format(Locale.ROOT, "%.2f", v);
  }

  private static double px(double v, double min, double max) {
    return M + (W - 2.0 * M) * (v - min) / (max - min);
  }

  private static double py(double v, double min, double max) {
    return H - M - (H - 2.0 * M) * (v - min) / (max - min);
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) {
      m = Math.min(m, d);
    }
    return m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
