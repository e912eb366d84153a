"""Win-probability model for the open pipeline.

Train on snapshots before 2023-10-01, evaluate on the later quarters.
Baseline = stage-only logistic regression (what the forecast spreadsheet effectively does).
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, log_loss

CUTOFF = "2023-10-01"

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_date"])
df = df.sort_values(["snapshot_date", "opportunity_id"]).reset_index(drop=True)

cat_cols = ["segment", "region", "product_line", "stage", "forecast_category"]
num_cols = ["stage_number", "amount_usd", "days_in_stage", "days_since_created",
            "n_activities_qtr", "n_emails_qtr", "n_meetings_qtr", "n_stakeholders",
            "has_champion", "competitor_flag", "discount_requested", "push_count"]

train = df[df["snapshot_date"] < CUTOFF]
valid = df[df["snapshot_date"] >= CUTOFF]
print(f"train {len(train):>6} rows  {train['snapshot_date'].min():%Y-%m} .. {train['snapshot_date'].max():%Y-%m}")
print(f"valid {len(valid):>6} rows  {valid['snapshot_date'].min():%Y-%m} .. {valid['snapshot_date'].max():%Y-%m}")

baseline = make_pipeline(
    make_column_transformer((OneHotEncoder(handle_unknown="ignore"), ["stage"])),
    LogisticRegression(max_iter=1000),
)
model = make_pipeline(
    make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore"), cat_cols),
        (StandardScaler(), num_cols),
        sparse_threshold=0,
    ),
    HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, l2_regularization=1.0,
                                   random_state=3),
)

results = {}
for name, est in [("baseline_stage_only", baseline), ("hgb_full", model)]:
    est.fit(train[cat_cols + num_cols], train["is_won"])
    p = est.predict_proba(valid[cat_cols + num_cols])[:, 1]
    results[name] = p
    print(f"{name:22s} AUC={roc_auc_score(valid['is_won'], p):.4f}  logloss={log_loss(valid['is_won'], p):.4f}")

# expected vs actual wins per quarter in the validation window (forecast accuracy view)
v = valid.assign(p=results["hgb_full"])
q = v.groupby(v["snapshot_date"].dt.to_period("Q")).agg(
    open_opps=("is_won", "size"), actual_wins=("is_won", "sum"), expected_wins=("p", "sum"))
q["error_pct"] = (q["expected_wins"] - q["actual_wins"]) / q["actual_wins"] * 100
print(q.round(1))

# gains by decile
v["decile"] = pd.qcut(v["p"].rank(method="first", ascending=False), 10, labels=False) + 1
g = v.groupby("decile")["is_won"].agg(["size", "sum"])
g["lift"] = (g["sum"] / g["size"]) / v["is_won"].mean()
g["cum_gain"] = g["sum"].cumsum() / g["sum"].sum()
print(g.round(3))

model.fit(df[cat_cols + num_cols], df["is_won"])
pd.DataFrame({"snapshot_id": sub["snapshot_id"],
              "prediction": model.predict_proba(sub[cat_cols + num_cols])[:, 1]}).to_csv("predictions.csv", index=False)
