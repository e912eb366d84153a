# Churn snapshots - XGBoost, validated out of time
#
# test.csv is later months than train.csv, so a random split would be too
# optimistic. I keep the last 4 snapshot months of train.csv as validation.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
print(df.shape, df["snapshot_month"].min(), df["snapshot_month"].max())
print("positives:", df["churned_next_month"].mean().round(4))

# ---- features
grp = df.groupby("customer_id")
df["logins_lag1"] = grp["logins_30d"].shift(1)
df["logins_lag3"] = grp["logins_30d"].shift(3)
df["logins_drop"] = df["logins_30d"] / (df["logins_lag1"] + 1)
df["tickets_lag1"] = grp["support_tickets_30d"].shift(1)
df["tickets_cum"] = grp["support_tickets_30d"].cumsum()
df["charge_up"] = (df["monthly_charges"] > grp["monthly_charges"].shift(1)).astype(int)
df["month_of_year"] = df["snapshot_month"].dt.month
df = pd.get_dummies(df, columns=["plan"], dtype=int)

exclude = {"snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
           "retention_offer_accepted", "account_closed_date_known"}
feats = [c for c in df.columns if c not in exclude]

# ---- out-of-time split
months = np.sort(df["snapshot_month"].unique())
valid_start = months[-4]
train = df[df["snapshot_month"] < valid_start]
valid = df[df["snapshot_month"] >= valid_start]
print("train", train.shape, "valid", valid.shape)

y_tr, y_va = train["churned_next_month"], valid["churned_next_month"]

# ---- baselines
p_prior = np.full(len(valid), y_tr.mean())
print("prior baseline     AUC %.3f AP %.3f" % (roc_auc_score(y_va, p_prior), average_precision_score(y_va, p_prior)))
p_rule = valid["tickets_lag1"].fillna(0) + valid["support_tickets_30d"]
print("tickets baseline   AUC %.3f AP %.3f" % (roc_auc_score(y_va, p_rule), average_precision_score(y_va, p_rule)))

# ---- model
spw = (y_tr == 0).sum() / (y_tr == 1).sum()
clf = xgb.XGBClassifier(n_estimators=600, max_depth=4, learning_rate=0.03, subsample=0.8,
                        colsample_bytree=0.8, scale_pos_weight=spw, eval_metric="aucpr",
                        tree_method="hist", random_state=0)
clf.fit(train[feats], y_tr)
p = clf.predict_proba(valid[feats])[:, 1]
print("xgboost            AUC %.3f AP %.3f" % (roc_auc_score(y_va, p), average_precision_score(y_va, p)))

prec, rec, thr = precision_recall_curve(y_va, p)
for target_rec in (0.3, 0.5, 0.7):
    i = np.argmin(np.abs(rec - target_rec))
    print(f"recall {rec[i]:.2f} -> precision {prec[i]:.3f}")

imp = pd.Series(clf.feature_importances_, index=feats).sort_values(ascending=False)
print(imp.head(12))

# ---- refit on everything for test.csv
clf.fit(df[feats], df["churned_next_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
both = pd.concat([pd.read_csv("train.csv", parse_dates=["snapshot_month"]), test], ignore_index=True)
both = both.sort_values(["customer_id", "snapshot_month"])
g2 = both.groupby("customer_id")
both["logins_lag1"] = g2["logins_30d"].shift(1)
both["logins_lag3"] = g2["logins_30d"].shift(3)
both["logins_drop"] = both["logins_30d"] / (both["logins_lag1"] + 1)
both["tickets_lag1"] = g2["support_tickets_30d"].shift(1)
both["tickets_cum"] = g2["support_tickets_30d"].cumsum()
both["charge_up"] = (both["monthly_charges"] > g2["monthly_charges"].shift(1)).astype(int)
both["month_of_year"] = both["snapshot_month"].dt.month
both = pd.get_dummies(both, columns=["plan"], dtype=int).reindex(columns=list(both.columns.drop("plan")) + [c for c in feats if c.startswith("plan_")], fill_value=0)
sub = both[both["snapshot_id"].isin(test["snapshot_id"])]
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": clf.predict_proba(sub[feats])[:, 1]}).to_csv("predictions.csv", index=False)
