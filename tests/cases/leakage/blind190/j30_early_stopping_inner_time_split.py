"""LightGBM churn model with early stopping.

holdout = Jul-Sep snapshots of 20% of customers (the other 80% train on Jan-Jun)
early-stopping set = Jun snapshots of a slice of the training customers,
the model for it is fit on Jan-May of the remaining training customers.
The holdout is scored once, at the end.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
CUT = "2024-07-01"

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
df["_src"], sub["_src"] = "train", "test"
df = pd.concat([df, sub], ignore_index=True).sort_values(["customer_id", "snapshot_month"])

gg = df.groupby("customer_id")
df["logins_prev"] = gg["logins_30d"].shift()
df["logins_prev2"] = gg["logins_30d"].shift(2)
df["spend_prev"] = gg["monthly_spend"].shift()
df["spend_mom"] = df["monthly_spend"].div(df["spend_prev"]).sub(1)
df["dsl_prev"] = gg["days_since_last_login"].shift()
df["tickets_prev_total"] = gg["support_tickets_30d"].transform(lambda s: s.shift().fillna(0).cumsum())
df["zero_login_months_prev"] = gg["logins_30d"].transform(lambda s: s.eq(0).shift().fillna(False).cumsum())
df["months_seen"] = gg.cumcount()
df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)

FEATS = [c for c in df.columns if c not in
         ("snapshot_id", "customer_id", "snapshot_month", TARGET, "_src",
          "retention_offer_accepted", "account_closed_date_known")]
lab = df[df["_src"] == "train"].reset_index(drop=True)
unl = df[df["_src"] == "test"].reset_index(drop=True)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
a, b = next(gss.split(lab, groups=lab["customer_id"]))
train_part = lab.iloc[a].query("snapshot_month < @CUT")
holdout = lab.iloc[b].query("snapshot_month >= @CUT")

params = dict(n_estimators=3000, learning_rate=0.02, num_leaves=31, min_child_samples=30,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
              is_unbalance=True, random_state=0, verbose=-1)

inner = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=4)
c, d = next(inner.split(train_part, groups=train_part["customer_id"]))
es_train = train_part.iloc[c].query("snapshot_month < '2024-06-01'")
es_valid = train_part.iloc[d].query("snapshot_month >= '2024-06-01'")

model = lgb.LGBMClassifier(**params)
model.fit(es_train[FEATS], es_train[TARGET],
          eval_set=[(es_valid[FEATS], es_valid[TARGET])], eval_metric="auc",
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration:", model.best_iteration_)

p = model.predict_proba(holdout[FEATS], num_iteration=model.best_iteration_)[:, 1]
naive = np.full(len(holdout), train_part[TARGET].mean())   # baseline: predict the training churn rate
print(f"holdout AUC {roc_auc_score(holdout[TARGET], p):.4f} | AP {average_precision_score(holdout[TARGET], p):.4f} "
      f"| baseline AP {average_precision_score(holdout[TARGET], naive):.4f}")

final = lgb.LGBMClassifier(**{**params, "n_estimators": model.best_iteration_})
final.fit(lab[FEATS], lab[TARGET])
pd.DataFrame({"snapshot_id": unl["snapshot_id"],
              "prediction": final.predict_proba(unl[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
