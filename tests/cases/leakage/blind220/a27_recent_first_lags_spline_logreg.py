"""
Churn snapshots -- spline logistic regression with recent-history features.

I look at accounts latest-snapshot-first (that is how the CS tool shows them), so the
frame is kept in that order throughout.

Split (customer_id never crosses blocks, evaluation months are after training months):
  * 60% of customers -> fit block, Jan-Jun
  * 20% of customers -> validation block, Jul-Sep (choose C)
  * 20% of customers -> test block, Jul-Sep (reported once)
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

T = "churned_next_month"

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"], ascending=[True, False]).reset_index(drop=True)
print(df.head(12)[["customer_id", "snapshot_month", "usage_hours", "support_tickets", T]])

g = df.groupby("customer_id", sort=False)
df["usage_prev"] = g["usage_hours"].shift(1)
df["usage_change"] = (df["usage_hours"] - df["usage_prev"]).fillna(0)
df["tickets_3m_avg"] = g["support_tickets"].transform(lambda s: s.rolling(3, min_periods=1).mean())
df["failures_3m"] = g["payment_failures"].transform(lambda s: s.rolling(3, min_periods=1).sum())
df["charge_prev"] = g["monthly_charges"].shift(1)
df["charge_changed"] = (df["monthly_charges"] != df["charge_prev"]).astype(int)
df["usage_prev"] = df["usage_prev"].fillna(df["usage_hours"])

SPLINE = ["tenure_months", "usage_hours", "monthly_charges"]
LINEAR = ["support_tickets", "payment_failures", "usage_change", "tickets_3m_avg",
          "failures_3m", "charge_changed", "usage_prev"]
CAT = ["plan"]
ALL = SPLINE + LINEAR + CAT

# ---- blocks --------------------------------------------------------------------------
outer = GroupShuffleSplit(n_splits=1, test_size=0.4, random_state=21)
fit_idx, rest_idx = next(outer.split(df, groups=df.customer_id))
rest = df.iloc[rest_idx]
inner = GroupShuffleSplit(n_splits=1, test_size=0.5, random_state=22)
val_i, test_i = next(inner.split(rest, groups=rest.customer_id))

july = pd.Timestamp("2024-07-01")
fit_blk = df.iloc[fit_idx].query("snapshot_month < @july")
val_blk = rest.iloc[val_i].query("snapshot_month >= @july")
test_blk = rest.iloc[test_i].query("snapshot_month >= @july")
for n, b in [("fit", fit_blk), ("val", val_blk), ("test", test_blk)]:
    print(n, b.shape, round(b[T].mean(), 4))


def model_for(C):
    prep = make_column_transformer(
        (SplineTransformer(n_knots=5, degree=3), SPLINE),
        (StandardScaler(), LINEAR),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )
    return make_pipeline(prep, LogisticRegression(C=C, max_iter=5000))


val_curve = {}
for C in (0.003, 0.01, 0.03, 0.1, 0.3, 1.0):
    m = model_for(C).fit(fit_blk[ALL], fit_blk[T])
    val_curve[C] = average_precision_score(val_blk[T], m.predict_proba(val_blk[ALL])[:, 1])
    print(f"C={C:<6} val PR AUC {val_curve[C]:.4f}")
C_best = max(val_curve, key=val_curve.get)

model = model_for(C_best).fit(fit_blk[ALL], fit_blk[T])
dummy = DummyClassifier(strategy="prior").fit(fit_blk[ALL], fit_blk[T])
p = model.predict_proba(test_blk[ALL])[:, 1]
p0 = dummy.predict_proba(test_blk[ALL])[:, 1]

out = pd.DataFrame(
    {"spline_logreg": [roc_auc_score(test_blk[T], p), average_precision_score(test_blk[T], p),
                       brier_score_loss(test_blk[T], p)],
     "baseline_prior": [roc_auc_score(test_blk[T], p0), average_precision_score(test_blk[T], p0),
                        brier_score_loss(test_blk[T], p0)]},
    index=["ROC AUC", "PR AUC", "Brier"])
print(f"\nC chosen on validation: {C_best}")
print(out.round(4).to_markdown())

# calls: desk does 300 / month for the whole book; test block is 20% of customers
calls = 60
tb = test_blk.assign(p=p)
top = tb.sort_values("p", ascending=False).groupby("snapshot_month").head(calls)
print("precision@60 by month:", top.groupby("snapshot_month")[T].mean().round(3).to_dict())
print("recall@60 overall:", round(top[T].sum() / tb[T].sum(), 3))
