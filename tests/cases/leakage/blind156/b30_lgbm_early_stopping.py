"""Churn-snapshots - LightGBM with early stopping on an inner validation month.

Windows (each scored window only holds customers absent from the windows
before it):
  fit    Jan-May
  stop   Jun           -> early stopping picks the number of trees
  test   Jul-Sep       -> scored once at the end
"""
import json

import lightgbm as lgb
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

cfg = json.load(open("task.json"))
TARGET, ID = cfg["target"], cfg["id_column"]
NON_FEATURES = {TARGET, ID, cfg["group_column"], cfg["time_column"], *cfg["leaky_columns"]}

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.sample(5, random_state=0))
print(df.groupby("snapshot_month")[TARGET].mean())


def fe(d):
    d = d.copy()
    d["plan"] = d["plan"].astype("category")
    d["region"] = d["region"].astype("category")
    d["disengaged"] = ((d["logins_30d"] <= 2) & (d["days_since_last_login"] > 20)).astype(int)
    d["charge_per_login"] = d["monthly_charges"] / (d["logins_30d"] + 1)
    return d


df, sub = fe(df), fe(sub)
for c in ["plan", "region"]:
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)
FEATS = [c for c in df.columns if c not in NON_FEATURES]

month = df["snapshot_month"]
fit_df = df[month < "2024-06-01"]
stop_df = df[(month == "2024-06-01") & ~df["customer_id"].isin(fit_df["customer_id"])]
seen = set(df.loc[month < "2024-07-01", "customer_id"])
test_df = df[(month >= "2024-07-01") & ~df["customer_id"].isin(seen)]
print(len(fit_df), len(stop_df), len(test_df))

params = dict(learning_rate=0.02, num_leaves=31, min_child_samples=50, subsample=0.8,
              subsample_freq=1, colsample_bytree=0.7, random_state=5, verbose=-1)
clf = lgb.LGBMClassifier(n_estimators=3000, **params)
clf.fit(fit_df[FEATS], fit_df[TARGET], eval_set=[(stop_df[FEATS], stop_df[TARGET])],
        eval_metric="auc", callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
best_iter = clf.best_iteration_
print("trees:", best_iter)

# refit on fit + stop windows with the chosen tree count, score the test window once
fit_stop = pd.concat([fit_df, stop_df])
model = lgb.LGBMClassifier(n_estimators=best_iter, **params).fit(fit_stop[FEATS], fit_stop[TARGET])
dummy = DummyClassifier(strategy="prior").fit(fit_stop[FEATS], fit_stop[TARGET])
p = model.predict_proba(test_df[FEATS])[:, 1]
p0 = dummy.predict_proba(test_df[FEATS])[:, 1]
y = test_df[TARGET]
print(f"dummy    AUC={roc_auc_score(y, p0):.4f}  AP={average_precision_score(y, p0):.4f}")
print(f"lightgbm AUC={roc_auc_score(y, p):.4f}  AP={average_precision_score(y, p):.4f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print(imp.head(12))

final = lgb.LGBMClassifier(n_estimators=best_iter, **params).fit(df[FEATS], df[TARGET])
pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(float(roc_auc_score(y, p)), 4),
           "average_precision": round(float(average_precision_score(y, p)), 4)}, open("metrics.json", "w"))
