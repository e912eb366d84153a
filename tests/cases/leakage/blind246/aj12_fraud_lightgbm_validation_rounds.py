#!/usr/bin/env python
"""LightGBM fraud scorer.

Reasoning in brief (long form in MEMO.md):
  - Ranking quality at the top of the list is what the analysts feel, so the
    headline metrics are PR-AUC and recall within the daily review budget (2%).
  - The comparison point is the rule set ops run today (large amount, or
    night-time on a new device), re-implemented below as a score.
  - chargeback_flag is excluded: it is set by the issuer after the dispute.
  - Boosting rounds are chosen by early stopping instead of a grid.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 17
BUDGET = 0.02

df = pd.read_csv("train.csv")
print(df.shape, df.is_fraud.mean())
print(df.isna().mean().sort_values(ascending=False).head())

cat_cols = ["merchant_category", "country", "device_type"]
for c in cat_cols:
    df[c] = df[c].astype("category")
df["amount_log"] = np.log1p(df["amount"])
df["is_night"] = (df["hour"] < 6).astype(int)

features = ["amount", "amount_log", "hour", "is_night"] + cat_cols
X, y = df[features], df["is_fraud"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
# early stopping needs its own slice; the 20% test part is only scored at the end
X_fit, X_es, y_fit, y_es = train_test_split(X_tr, y_tr, test_size=0.15, stratify=y_tr, random_state=SEED)

params = dict(objective="binary", learning_rate=0.03, num_leaves=48, min_child_samples=60,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1,
              scale_pos_weight=3.0, n_estimators=3000, random_state=SEED, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(X_fit, y_fit, eval_set=[(X_es, y_es)], eval_metric="average_precision",
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration:", model.best_iteration_)


def recall_in_budget(y_true, score, budget=BUDGET):
    y_true = np.asarray(y_true)
    k = max(1, int(budget * len(y_true)))
    top = np.argsort(-score)[:k]
    return y_true[top].sum() / max(1, y_true.sum())


p_te = model.predict_proba(X_te)[:, 1]
# rules baseline: what ops do today, expressed as a score so it can be ranked
rules = (2.0 * (X_te["amount"] > X_fit["amount"].quantile(0.99))
         + 1.0 * ((X_te["is_night"] == 1) & (X_te["device_type"].astype(str) == "new_device"))).to_numpy()
rules = rules + 1e-6 * X_te["amount"].rank(pct=True).to_numpy()  # tie-break by amount

for name, s in [("rules baseline", rules), ("lightgbm", p_te)]:
    print(f"{name:15s} AUC {roc_auc_score(y_te, s):.4f}  PR-AUC {average_precision_score(y_te, s):.4f}  "
          f"recall@{BUDGET:.0%} {recall_in_budget(y_te, s):.3f}")

rng = np.random.default_rng(SEED)
yt = y_te.to_numpy()
ap_boot = []
for _ in range(1000):
    ix = rng.integers(0, len(yt), len(yt))
    ap_boot.append(average_precision_score(yt[ix], p_te[ix]))
print("PR-AUC 95%% CI: [%.4f, %.4f]" % tuple(np.percentile(ap_boot, [2.5, 97.5])))

imp = pd.Series(model.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.round(0).to_string())
