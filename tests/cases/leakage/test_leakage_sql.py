"""SQL run through DuckDB or sqlite: the reading of queries, and what the analyzer makes of them."""
from __future__ import annotations

import pytest

from cases.leakage import Context, analyze_source
from cases.leakage import sql


@pytest.mark.parametrize("frame, end", [
    ("ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING", "before"),
    ("ROWS BETWEEN 5 PRECEDING AND CURRENT ROW", "current"),
    ("ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING", "after"),
    ("ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING", "after"),
    ("", "current"),  # ordered, no frame: up to the current row
])
def test_window_frames_end_where_the_clause_says(frame, end):
    item = sql.item(f"AVG(delay) OVER (PARTITION BY courier ORDER BY t {frame}) AS d")
    (w,) = item.windows
    assert (w.func, w.args, w.keys, w.order, w.end) == ("avg", {"delay"}, ("courier",), ("t",), end)
    assert item.name == "d"


@pytest.mark.parametrize("frame, end", [("ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING", "after"),
                                        ("ROWS BETWEEN 4 PRECEDING AND 1 PRECEDING", "before")])
def test_a_named_window_is_read_where_it_is_used(frame, end):
    (st,) = sql.statements(f"""
        SELECT id, avg(gmv) OVER w AS gmv_smooth, row_number() OVER (PARTITION BY seller ORDER BY wk) AS k
        FROM snap
        WINDOW w AS (PARTITION BY seller ORDER BY wk {frame})
    """)
    smooth, rank = st.select.items[1].windows[0], st.select.items[2].windows[0]
    assert (smooth.func, smooth.args, smooth.keys, smooth.order, smooth.end) == ("avg", {"gmv"}, ("seller",), ("wk",),
                                                                                 end)
    assert (rank.func, rank.end) == ("row_number", "current")


def test_an_unordered_window_is_the_whole_partition():
    (w,) = sql.item("AVG(is_fraud) OVER (PARTITION BY merchant) AS rate").windows
    assert w.end == "after" and w.order == ()


def test_statements_ctes_joins_samples_and_filters():
    (create,) = sql.statements("CREATE OR REPLACE TABLE train AS SELECT * FROM feats USING SAMPLE 80 PERCENT (bernoulli)")
    assert (create.kind, create.name, create.select.source.name, create.select.sample) == ("create", "train", "feats", 0.8)
    (st,) = sql.statements("""
        WITH site AS (SELECT site, AVG(clicked) AS ctr FROM imp GROUP BY site)  -- per site
        SELECT i.*, s.ctr FROM imp i LEFT JOIN site s USING (site) ANTI JOIN seen z ON i.id = z.id
        WHERE i.day < '2024-01-01' AND i.kind = 1
    """)
    sel = st.select
    assert [name for name, _ in sel.ctes] == ["site"]
    assert sel.ctes[0][1].group_by == ("site",) and sel.ctes[0][1].items[1].aggregate
    assert [(j.kind, j.table.name, j.keys) for j in sel.joins] == [("left", "site", ("site",)), ("anti", "seen", ("id",))]
    assert sql.where_terms(sel.where) == [("day", "<", "'2024-01-01'"), ("kind", "=", "1")]
    (col, negated, sub), = sql.in_subqueries("t >= '2024' AND g NOT IN (SELECT DISTINCT g FROM tr WHERE t < '2024')")
    assert (col, negated, sub.source.name) == ("g", True, "tr")


def test_strings_and_comments_do_not_cut_clauses():
    (st,) = sql.statements("SELECT 'a, b FROM c' AS s, x -- FROM y\nFROM t /* WHERE z */")
    assert [i.name for i in st.select.items] == ["s", "x"] and st.select.source.name == "t" and not st.select.where


HEAD = """
import duckdb
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error
orders = pd.read_csv("orders.csv", parse_dates=["order_time"])
con = duckdb.connect()
"""
TAIL = """
FEATS = ["distance_km", "f"]
m = HistGradientBoostingRegressor().fit(train[FEATS], train["delay_min"])
print(mean_absolute_error(test["delay_min"], m.predict(test[FEATS])))
print(mean_absolute_error(test["delay_min"], DummyRegressor().fit(train[FEATS], train["delay_min"]).predict(test[FEATS])))
"""
SPLIT = """
train = con.sql("SELECT * FROM feats WHERE order_time < '2024-03-01'").df()
test = con.sql(\"\"\"SELECT * FROM feats WHERE order_time >= '2024-03-01'
                   AND courier_id NOT IN (SELECT courier_id FROM feats WHERE order_time < '2024-03-01')\"\"\").df()
"""
CTX = Context(target="delay_min", time_column="order_time", group_column="courier_id", id_column="order_id")


def codes(feature: str, split: str = SPLIT, context: Context | None = CTX) -> set[str]:
    src = HEAD + f'con.execute("""CREATE TABLE feats AS SELECT *, {feature} AS f FROM orders""")\n' + split + TAIL
    result = analyze_source(src, path="case.py", context=context)
    assert result.error is None, result.error
    return result.codes


@pytest.mark.parametrize("feature, found", [
    ("distance_km * 2", set()),
    ("AVG(delay_min) OVER (PARTITION BY courier_id ORDER BY order_time "
     "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)", set()),
    ("LAG(delay_min) OVER (PARTITION BY courier_id ORDER BY order_time)", set()),
    ("AVG(delay_min) OVER (PARTITION BY courier_id ORDER BY order_time)", {"LK-TARGET-STAT", "LK-TEMPORAL"}),
    ("AVG(delay_min) OVER (PARTITION BY zone)", {"LK-TARGET-STAT", "LK-TEMPORAL"}),
    ("AVG(distance_km) OVER (PARTITION BY courier_id ORDER BY order_time "
     "ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING)", {"LK-TEMPORAL"}),
    ("LEAD(distance_km) OVER (PARTITION BY courier_id ORDER BY order_time)", {"LK-TEMPORAL"}),
])
def test_duckdb_window_features(feature, found):
    assert codes(feature) == found


def test_sql_splits_on_time_random_samples_and_unseen_entities():
    assert codes("distance_km") == set()
    # without the NOT IN, couriers seen in training are evaluated again
    assert codes("distance_km", SPLIT.replace(
        "\n                   AND courier_id NOT IN (SELECT courier_id FROM feats WHERE order_time < '2024-03-01')",
        "")) == {"LK-GROUP"}
    sample = """
con.execute("CREATE TABLE tr AS SELECT * FROM feats USING SAMPLE 80 PERCENT (bernoulli, 1)")
train = con.sql("SELECT * FROM tr").df()
test = con.sql("SELECT f.* FROM feats f ANTI JOIN tr t ON f.order_id = t.order_id").df()
"""
    assert codes("distance_km", sample) == {"LK-TEMPORAL", "LK-GROUP"}
    assert codes("distance_km", sample, Context(target="delay_min", id_column="order_id")) == set()


def test_sqlite_tables_from_frames_parameters_and_group_means_joined_back():
    src = """
import sqlite3
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
conn = sqlite3.connect(":memory:")
pd.read_csv("tx.csv").to_sql("tx", conn, index=False)
CUT = 0
q = \"\"\"WITH m AS (SELECT merchant, AVG(is_fraud) AS rate FROM tx WHERE SPLIT GROUP BY merchant)
SELECT t.amount, m.rate, t.is_fraud FROM tx t LEFT JOIN m USING (merchant)\"\"\"
data = pd.read_sql_query(q, conn, params=(CUT,))
X_tr, X_te, y_tr, y_te = train_test_split(data[["amount", "rate"]], data["is_fraud"], test_size=0.3)
m = LogisticRegression().fit(X_tr, y_tr)
print(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), DummyClassifier().fit(X_tr, y_tr).score(X_te, y_te))
"""
    ctx = Context(target="is_fraud", id_column="tx_id")
    assert analyze_source(src.replace("WHERE SPLIT ", ""), path="c.py", context=ctx).codes == {"LK-TARGET-STAT"}
    # the parameter is read into the query: `amount > ?` with CUT = 0 is a filter, still over every split part
    assert analyze_source(src.replace("SPLIT", "amount > ?"), path="c.py", context=ctx).codes == {"LK-TARGET-STAT"}


def test_a_query_the_analysis_cannot_read_is_not_an_error():
    src = HEAD + 'q = build_query()\ntrain = con.sql(q).df()\ntest = con.execute("SELEC broken").df()\n'
    result = analyze_source(src, path="c.py", context=CTX)
    assert result.error is None


def test_boolean_columns_in_a_where_clause_are_filters():
    assert sql.where_terms("labelled AND NOT holdout_customer AND ym <= '2024-06'") == [
        ("labelled", "=", "true"), ("holdout_customer", "=", "false"), ("ym", "<=", "'2024-06'")]


def test_and_inside_a_subquery_stays_with_the_subquery():
    # the subquery's `ym < '2024-08'` is not a filter of the outer rows (which are at or after that month)
    assert sql.where_terms("part = 'train' AND ym >= '2024-08' AND customer_id NOT IN ("
                           "SELECT customer_id FROM feats WHERE part = 'train' AND ym < '2024-08')") == [
        ("part", "=", "'train'"), ("ym", ">=", "'2024-08'")]


@pytest.mark.parametrize("frame, end", [("ROWS BETWEEN 2 PRECEDING AND CURRENT ROW", "current"),
                                        ("ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING", "after")])
def test_a_named_window_given_a_frame_of_its_own_keeps_its_partition_and_order(frame, end):
    (st,) = sql.statements(f"""
        SELECT id, max(fails) OVER (w {frame}) AS max_fail, lag(usage) OVER w AS prev_usage
        FROM snap
        WINDOW w AS (PARTITION BY customer_id ORDER BY month)
    """)
    (w,) = st.select.items[1].windows
    assert (w.func, w.keys, w.order, w.end) == ("max", ("customer_id",), ("month",), end)


@pytest.mark.parametrize("select, leaky", [
    ("* EXCLUDE (y, leak, id), y AS label", False),
    ("*, y AS label", True),
])
def test_select_star_exclude_leaves_those_columns_out(select, leaky):
    src = f"""
import duckdb
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
NOT_FEATURES = ["y", "leak", "id"]
tr = duckdb.sql("SELECT {select} FROM read_csv_auto('train.csv') WHERE month < 7").df()
te = duckdb.sql("SELECT {select} FROM read_csv_auto('train.csv') WHERE month >= 7").df()
X_tr, X_te = tr.drop(columns=["label"]), te.drop(columns=["label"])
for m in (LogisticRegression(), DummyClassifier()):
    m.fit(X_tr, tr["label"])
    print(roc_auc_score(te["label"], m.predict_proba(X_te)[:, 1]))
"""
    result = analyze_source(src, path="q.py", context=Context(target="y", id_column="id", leaky_columns=("leak",)))
    assert ("LK-FEATURE" in result.codes) is leaky


@pytest.mark.parametrize("over, expected", [("OVER ()", {"LK-PREP"}), ("OVER (PARTITION BY customer_id)", {"LK-TEMPORAL"})])
def test_a_window_over_the_whole_table_is_a_column_statistic(over, expected):
    src = f"""
import duckdb
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
data = duckdb.sql("SELECT id, customer_id, month, y, (a - AVG(a) {over}) / STDDEV_SAMP(a) {over} AS z_a "
                  "FROM read_csv_auto('train.csv')").df()
fit = data[data.month < 7]
hold = data[(data.month >= 7) & ~data.customer_id.isin(fit.customer_id)]
for m in (LogisticRegression(), DummyClassifier()):
    m.fit(fit[["z_a"]], fit["y"])
    print(roc_auc_score(hold["y"], m.predict_proba(hold[["z_a"]])[:, 1]))
"""
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert analyze_source(src, path="q.py", context=ctx).codes == expected


@pytest.mark.parametrize("holdout, expected", [
    ("WHEN f.first_month >= '2024-07' THEN 'holdout'", set()),  # later months of customers first seen then
    ("WHEN r.month >= '2024-07' THEN 'holdout'", {"LK-GROUP"}),  # later months of every customer
])
def test_a_split_written_as_a_case_column_in_sql_is_read_from_its_branches(holdout, expected):
    src = f"""
import duckdb
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
db = duckdb.connect()
db.sql("CREATE VIEW raw AS SELECT * FROM read_csv_auto('train.csv')")
db.sql('''
CREATE TABLE part AS
WITH first_seen AS (SELECT customer_id, min(month) AS first_month FROM raw GROUP BY customer_id)
SELECT r.*, CASE WHEN r.month < '2024-07' THEN 'train' {holdout} ELSE 'drop' END AS part
FROM raw r JOIN first_seen f USING (customer_id)
''')
tr = db.sql("SELECT a, y FROM part WHERE part = 'train'").df()
ho = db.sql("SELECT a, y FROM part WHERE part = 'holdout'").df()
for m in (LogisticRegression(), DummyClassifier()):
    m.fit(tr[["a"]], tr["y"])
    print(roc_auc_score(ho["y"], m.predict_proba(ho[["a"]])[:, 1]))
"""
    ctx = Context(target="y", time_column="month", group_column="customer_id", id_column="id")
    assert analyze_source(src, path="q.py", context=ctx).codes == expected


@pytest.mark.parametrize("unseen, found", [
    # the couriers with no order before the cut, written as a correlated NOT EXISTS
    ("AND NOT EXISTS (SELECT 1 FROM feats t WHERE t.courier_id = v.courier_id AND t.order_time < '2024-03-01')",
     set()),
    ("AND NOT EXISTS (SELECT 1 FROM feats t WHERE v.courier_id = t.courier_id AND t.order_time < '2024-03-01')",
     set()),
    # the orders of couriers also seen before the cut: they stay on both sides
    ("AND EXISTS (SELECT 1 FROM feats t WHERE t.courier_id = v.courier_id AND t.order_time < '2024-03-01')",
     {"LK-GROUP"}),
    ("", {"LK-GROUP"}),
])
def test_a_correlated_not_exists_keeps_the_entities_seen_before_the_cut_out(unseen, found):
    split = f"""
train = con.sql("SELECT * FROM feats WHERE order_time < '2024-03-01'").df()
test = con.sql(\"\"\"SELECT v.* FROM feats v WHERE v.order_time >= '2024-03-01' {unseen}\"\"\").df()
"""
    assert codes("distance_km", split) == found
    (col, negated, sub), = sql.in_subqueries(unseen) if unseen else [(None, None, None)]
    if unseen:
        assert col == "courier_id" and negated is unseen.startswith("AND NOT")
        assert [i.name for i in sub.items] == ["courier_id"] and sub.where == "t.order_time < '2024-03-01'"
