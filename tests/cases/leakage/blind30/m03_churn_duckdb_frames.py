import duckdb
import polars as pl
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

con = duckdb.connect()

# load snapshots straight from parquet
con.execute("""
    CREATE TABLE snap AS
    SELECT * FROM read_parquet('data/churn_snapshots.parquet')
""")

# smoothed behaviour per customer: a 5-month window centred on the snapshot
con.execute("""
    CREATE TABLE feats AS
    SELECT
        snapshot_id,
        customer_id,
        snapshot_month,
        monthly_spend,
        logins_30d,
        support_tickets,
        tenure_months,
        discount_pct,
        CASE WHEN plan_type = 'annual' THEN 1 ELSE 0 END AS is_annual,
        AVG(monthly_spend) OVER (
            PARTITION BY customer_id ORDER BY snapshot_month
            ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING
        ) AS spend_smooth,
        AVG(logins_30d) OVER (
            PARTITION BY customer_id ORDER BY snapshot_month
            ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING
        ) AS logins_smooth,
        SUM(support_tickets) OVER (
            PARTITION BY customer_id ORDER BY snapshot_month
            ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING
        ) AS tickets_window,
        churned_next_month
    FROM snap
""")

# 80/20 split done in the database
con.execute("CREATE TABLE train AS SELECT * FROM feats USING SAMPLE 80 PERCENT (bernoulli, 42)")
con.execute("""
    CREATE TABLE test AS
    SELECT f.* FROM feats f
    ANTI JOIN train t ON f.snapshot_id = t.snapshot_id
""")

train = con.sql("SELECT * FROM train").pl()
test = con.sql("SELECT * FROM test").pl()
print("rows:", train.height, test.height)

FEATS = [
    "monthly_spend",
    "logins_30d",
    "support_tickets",
    "tenure_months",
    "discount_pct",
    "is_annual",
    "spend_smooth",
    "logins_smooth",
    "tickets_window",
]


def to_xy(frame: pl.DataFrame):
    X = frame.select(FEATS).fill_null(0).to_numpy()
    y = frame["churned_next_month"].to_numpy()
    return X, y


X_train, y_train = to_xy(train)
X_test, y_test = to_xy(test)

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

pred = rf.predict(X_test)
print("test accuracy:", round(accuracy_score(y_test, pred), 4))

importances = pl.DataFrame({"feature": FEATS, "importance": rf.feature_importances_})
print(importances.sort("importance", descending=True))

# write predictions for the hand-in
sub = con.sql("SELECT * FROM read_csv_auto('test.csv')").pl()
print("scoring", sub.height, "rows for submission")
