# -*- coding: utf-8 -*-
"""
B-score model, hand-rolled WoE (no external scorecard library allowed on the bank laptop).

  * equal-frequency fine classing (10 bins), missing as its own bin
  * WoE / IV per variable, keep IV >= 0.02
  * statsmodels Logit on WoE variables
  * Gini / KS on the development sample, PSI development vs. scoring sample
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score

TARGET = "bad_6m"
VARS = ["months_on_book", "credit_limit", "balance", "utilization", "payment_ratio_3m",
        "min_payment_count_6m", "cash_advance_amt_3m", "purchase_amt_3m", "times_30dpd_12m",
        "current_dpd", "spend_trend_3m", "customer_age"]
EPS = 0.5


def fine_class(s, n_bins=10):
    edges = np.unique(np.nanquantile(s, np.linspace(0, 1, n_bins + 1)))
    edges[0], edges[-1] = -np.inf, np.inf
    return edges


def apply_bins(s, edges):
    b = pd.cut(s, edges, labels=False, include_lowest=True)
    return b.fillna(-1).astype(int)


def woe_table(bins, y):
    t = pd.crosstab(bins, y)
    t.columns = ["good", "bad"]
    t["dist_good"] = (t["good"] + EPS) / (t["good"].sum() + EPS)
    t["dist_bad"] = (t["bad"] + EPS) / (t["bad"].sum() + EPS)
    t["woe"] = np.log(t["dist_good"] / t["dist_bad"])
    t["iv"] = (t["dist_good"] - t["dist_bad"]) * t["woe"]
    return t


def psi(expected, actual, edges):
    e = apply_bins(expected, edges).value_counts(normalize=True)
    a = apply_bins(actual, edges).value_counts(normalize=True)
    e, a = e.align(a, fill_value=1e-4)
    e, a = e.clip(lower=1e-4), a.clip(lower=1e-4)
    return float(((a - e) * np.log(a / e)).sum())


df = pd.read_csv("train.csv")
score_df = pd.read_csv("test.csv")
print(f"development sample: {len(df)} snapshots, bad rate {df[TARGET].mean():.3%}")

edges, woe_maps, iv = {}, {}, {}
for v in VARS:
    edges[v] = fine_class(df[v])
    t = woe_table(apply_bins(df[v], edges[v]), df[TARGET])
    woe_maps[v] = t["woe"].to_dict()
    iv[v] = t["iv"].sum()

iv = pd.Series(iv).sort_values(ascending=False)
print("Information value:\n" + iv.round(3).to_string())
selected = list(iv[iv >= 0.02].index)


def to_woe(frame):
    out = pd.DataFrame(index=frame.index)
    for v in selected:
        out[v] = apply_bins(frame[v], edges[v]).map(woe_maps[v]).fillna(0.0)
    return out


X = to_woe(df)
y = df[TARGET]
logit = sm.Logit(y, sm.add_constant(X)).fit(disp=0)
print(logit.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(4))

p_dev = logit.predict(sm.add_constant(X))
auc = roc_auc_score(y, p_dev)
order = np.argsort(-p_dev.values)
cum_bad = np.cumsum(y.values[order]) / y.sum()
cum_good = np.cumsum(1 - y.values[order]) / (1 - y).sum()
print(f"development Gini {2 * auc - 1:.3f}  KS {np.max(cum_bad - cum_good):.3f}")

print("PSI development vs scoring sample:")
for v in selected:
    print(f"  {v:22s} {psi(df[v], score_df[v], edges[v]):.4f}")

pred = logit.predict(sm.add_constant(to_woe(score_df), has_constant="add"))
pd.DataFrame({"snapshot_id": score_df["snapshot_id"], "prediction": pred.values}).to_csv(
    "predictions.csv", index=False)
