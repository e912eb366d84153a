import re

from scorecards.charts import histogram, interval_chart


def test_interval_chart_draws_one_escaped_row_per_item_on_the_scale():
    svg = interval_chart([
        {"label": "<b>Ann</b>", "value": 3.0, "low": 2.5, "high": 3.5, "marker": 2.8, "key": "1"},
        {"label": "Bo", "value": 4.0, "low": 3.6, "high": 4.4},
    ], lo=1, hi=5, title="Scores & intervals")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<b>" not in svg and "&lt;b&gt;Ann&lt;/b&gt;" in svg and "Scores &amp; intervals" in svg
    assert svg.count('class="row"') == 2 and svg.count('class="interval"') == 2
    assert svg.count('class="marker"') == 1
    xs = [float(x) for x in re.findall(r'<circle class="estimate" cx="([\d.]+)"', svg)]
    assert xs[0] < xs[1]  # 3.0 left of 4.0


def test_forest_plot_draws_the_zero_line_and_widens_to_fit_an_interval():
    svg = interval_chart([{"label": "x", "value": 2.5, "low": 1.5, "high": 3.5}], lo=-1, hi=1, zero=0.0,
                         title="severity")
    assert 'class="zero"' in svg
    assert ">3<" in svg or ">3.5<" in svg  # the axis reaches the interval's end


def test_histogram_has_one_bar_per_scale_point_scaled_to_the_top():
    svg = histogram({1: 0, 3: 4, 5: 2}, title="h")
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg)]
    assert len(heights) == 5
    assert heights[0] == 0 and heights[2] == max(heights) and heights[4] == heights[2] / 2
