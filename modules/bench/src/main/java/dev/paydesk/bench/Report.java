package dev.paydesk.bench;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The run's results: a markdown table and a chart of each scenario's share of the ceiling. */
final class Report {

  /**
   * One scenario's row.
   *
   * @param ratio share of the ceiling, or null where a ratio means nothing
   * @param statements database statements per request, or null when not counted
   * @param target the target, in words; empty when there is none
   * @param met whether the target is met; null without a target
   */
  record Row(
      String scenario,
      int clients,
      Load.Result result,
      Double ratio,
      Double statements,
      Cpu cpu,
      String target,
      Boolean met) {}

  /**
   * CPU per request and how busy the machine was.
   *
   * @param serverMs the server JVM's CPU milliseconds per request
   * @param postgresMs PostgreSQL's
   * @param busy share of the machine's CPU in use during the scenario
   */
  record Cpu(double serverMs, double postgresMs, double busy) {
    static Cpu of(CpuMeter.Reading used, long requests) {
      return requests == 0
          ? null
          : new Cpu(
              used.server() * 1000 / requests, used.postgres() * 1000 / requests, used.busyShare());
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final List<String> figures = new ArrayList<>();
  private final String title;
  private final String setup;

  Report(String title, String setup) {
    this.title = title;
    this.setup = setup;
  }

  /** Puts a row in the place of the one at {@code index} (its ratio known once the run ends). */
  void replace(int index, Row row) {
    rows.set(index, row);
  }

  int size() {
    return rows.size();
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  List<String> figures() {
    return List.copyOf(figures);
  }

  void add(Row row) {
    rows.add(row);
    Load.Result r = row.result();
    System.out.printf(
        Locale.ROOT,
        "[bench] %s (%d clients): %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors%s%s%n",
        row.scenario(),
        row.clients(),
        r.perSecond(),
        r.p50(),
        r.p99(),
        r.errors(),
        row.ratio() == null
            ? ""
            : String.format(Locale.ROOT, ", %.1f %% of ceiling", ratioPct(row)),
        (row.statements() == null
                ? ""
                : String.format(Locale.ROOT, ", %.1f statements/request", row.statements()))
            + (row.cpu() == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    ", CPU %.2f ms Paydesk + %.2f ms PostgreSQL a request, machine %.0f %% busy",
                    row.cpu().serverMs(),
                    row.cpu().postgresMs(),
                    row.cpu().busy() * 100)));
  }

  /** A figure that is no request rate: a sweep, a page time, memory. */
  void figure(String text) {
    figures.add(text);
    System.out.println("[bench] " + text);
  }

  private static double ratioPct(Row row) {
    return row.ratio() * 100;
  }

  String markdown(String chartFile) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(title).append("\n\n").append(setup).append("\n\n");
    out.append(
        "| scenario | clients | requests/s | p50 ms | p99 ms | errors | of ceiling | statements"
            + " per request | CPU ms per request: Paydesk + PostgreSQL | machine busy | target |"
            + " met |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (Row row : rows) {
      Load.Result r = row.result();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.0f | %.1f | %.1f | %d | %s | %s | %s | %s | %s | %s |%n",
              row.scenario(),
              row.clients(),
              r.perSecond(),
              r.p50(),
              r.p99(),
              r.errors(),
              row.ratio() == null ? "—" : String.format(Locale.ROOT, "%.1f %%", ratioPct(row)),
              row.statements() == null ? "—" : String.format(Locale.ROOT, "%.1f", row.statements()),
              row.cpu() == null
                  ? "—"
                  : String.format(
                      Locale.ROOT, "%.2f + %.2f", row.cpu().serverMs(), row.cpu().postgresMs()),
              row.cpu() == null
                  ? "—"
                  : String.format(Locale.ROOT, "%.0f %%", row.cpu().busy() * 100),
              row.target(),
              row.met() == null ? "" : row.met() ? "yes" : "**no**"));
    }
    out.append("\n");
    for (String figure : figures) {
      out.append("- ").append(figure).append("\n");
    }
    if (chartFile != null) {
      out.append("\n![share of the ceiling](").append(chartFile).append(")\n");
    }
    return out.toString();
  }

  void write(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Path png = dir.resolve(name + ".png");
    chart(png);
    Path md = dir.resolve(name + ".md");
    Files.writeString(md, markdown(png.getFileName().toString()), StandardCharsets.UTF_8);
    System.out.println(markdown(png.getFileName().toString()));
    System.out.println("[bench] written to " + md + " and " + png);
  }

  private void chart(Path png) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Row row : rows) {
      if (row.ratio() != null) {
        data.addValue(
            ratioPct(row), "% of the ceiling", row.scenario() + ", " + row.clients() + " clients");
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            title + ": requests/s as % of the ceiling (same run)",
            null,
            "% of the ceiling",
            data,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xCCCCCC));
    plot.getRangeAxis().setRange(0, 100);
    CategoryAxis axis = plot.getDomainAxis();
    axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    axis.setMaximumCategoryLabelWidthRatio(0.45f);
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setSeriesPaint(0, new Color(0x2F6FEB));
    bars.setShadowVisible(false);
    bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    bars.setDefaultItemLabelGenerator(
        new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
            "{2} %", new java.text.DecimalFormat("0.0")));
    bars.setDefaultItemLabelsVisible(true);
    ChartUtils.saveChartAsPNG(
        png.toFile(), chart, 900, 80 + 42 * Math.max(1, data.getColumnCount()));
  }
}
