"""
churn-snapshots -- CatBoost with a correlation screen.

Blocks (customers never cross blocks, evaluated months always follow training months)
  fit   : 60% of customers, Jan-Jun
  tune  : 20% of customers, Jul-Sep  -> depth / l2 grid
  final : 20% of customers, Jul-Sep  -> reported once
The correlation screen (|corr with target| on the fit block) drops near-useless history
columns before CatBoost sees them.
"""
import itertools

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

TGT = "churned_next_month"
LEAK = ["retention_offer_accepted", "account_closed_date_known"]
KEYS = ["snapshot_id", "customer_id", "snapshot_month"]

snap = pd.read_csv("train.csv")
snap["month"] = pd.to_datetime(snap["snapshot_month"]).dt.month
snap = snap.sort_values(["customer_id", "month"]).reset_index(drop=True)

hist = snap.groupby("customer_id")
for c in ["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]:
    snap[f"{c}_lag1"] = hist[c].shift(1)
    snap[f"{c}_lag2"] = hist[c].shift(2)
    snap[f"{c}_avg_before"] = hist[c].transform(lambda s: s.shift(1).expanding().mean())
    snap[f"{c}_max_before"] = hist[c].transform(lambda s: s.shift(1).cummax())
snap["usage_vs_before"] = snap["usage_hours"] / (snap["usage_hours_avg_before"] + 1)
snap["snapshots_before"] = hist.cumcount()

cust = snap["customer_id"].unique()
np.random.default_rng(8).shuffle(cust)
a, b = int(0.6 * len(cust)), int(0.8 * len(cust))
role = pd.Series(["fit"] * a + ["tune"] * (b - a) + ["final"] * (len(cust) - b), index=cust)
snap["role"] = snap["customer_id"].map(role)
fit = snap[(snap.role == "fit") & (snap.month <= 6)]
tune = snap[(snap.role == "tune") & (snap.month >= 7)]
final = snap[(snap.role == "final") & (snap.month >= 7)]
print(f"fit {len(fit)} | tune {len(tune)} | final {len(final)}")

numeric = [c for c in snap.columns if c not in KEYS + LEAK + [TGT, "plan", "role", "month"]]
corr = fit[numeric + [TGT]].corr()[TGT].drop(TGT).abs().sort_values(ascending=False)
screened = list(corr[corr >= 0.01].index)
print(f"screen kept {len(screened)}/{len(numeric)}")
print(corr.head(10).round(4).to_string())
FEATS = ["plan"] + screened


def cb(depth, l2, seed=0):
    return CatBoostClassifier(iterations=800, depth=depth, l2_leaf_reg=l2, learning_rate=0.04,
                              auto_class_weights="SqrtBalanced", random_seed=seed, verbose=0)


grid = []
for depth, l2 in itertools.product([4, 6], [3, 10]):
    m = cb(depth, l2).fit(Pool(fit[FEATS], fit[TGT], cat_features=["plan"]))
    p = m.predict_proba(Pool(tune[FEATS], cat_features=["plan"]))[:, 1]
    grid.append({"depth": depth, "l2": l2, "tune_pr_auc": average_precision_score(tune[TGT], p),
                 "tune_roc_auc": roc_auc_score(tune[TGT], p)})
grid = pd.DataFrame(grid).sort_values("tune_pr_auc", ascending=False)
print(grid.round(4).to_string(index=False))
best = grid.iloc[0]

model = cb(int(best.depth), float(best.l2)).fit(Pool(fit[FEATS], fit[TGT], cat_features=["plan"]))
p_final = model.predict_proba(Pool(final[FEATS], cat_features=["plan"]))[:, 1]
print("\nFinal block (reported once)")
print(pd.Series({
    "roc_auc": roc_auc_score(final[TGT], p_final),
    "pr_auc": average_precision_score(final[TGT], p_final),
    "brier": brier_score_loss(final[TGT], p_final),
}).round(4).to_string())

fb = final.assign(p=p_final)
top = fb.sort_values("p", ascending=False).groupby("month").head(60)
print("precision@60 per month:", top.groupby("month")[TGT].mean().round(3).to_dict())

fi = pd.Series(model.get_feature_importance(), index=FEATS).sort_values(ascending=False)
print(fi.head(10).round(2).to_string())
