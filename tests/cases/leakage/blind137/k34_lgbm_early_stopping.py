# Churn-snapshots - LightGBM with early stopping
#
# Split: customers are divided 80/20 with `GroupShuffleSplit`; the model is fitted on the 80%
# customers' Jan-Jun snapshots and tested on the 20% customers' Jul-Sep snapshots.

import json
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

task = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
sub = pd.read_csv("test.csv", parse_dates=[TIME])

def build_features(data):
    data = data.sort_values([GROUP, TIME]).copy()
    grp = data.groupby(GROUP)
    data["logins_lag1"] = grp["logins_30d"].shift(1)
    data["logins_lag3_mean"] = grp["logins_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    data["logins_vs_lag3"] = data["logins_30d"] - data["logins_lag3_mean"]
    data["idle_lag1"] = grp["days_since_last_login"].shift(1)
    data["idle_jump"] = data["days_since_last_login"] - data["idle_lag1"]
    data["tickets_cum_prev"] = grp["support_tickets_30d"].transform(lambda s: s.shift(1).cumsum())
    data["discount_prev"] = grp["has_discount"].shift(1)
    data["charges_mom"] = grp["monthly_charges"].diff()
    data["history_len"] = grp.cumcount()
    for c in ["plan", "region"]:
        data[c] = data[c].astype("category")
    return data

df = build_features(df)
sub = build_features(sub)
FEATURES = [c for c in df.columns if c not in {TARGET, TIME, GROUP, ID, *LEAKY}]

cut = pd.Timestamp("2024-07-01")
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=33)
a, b = next(gss.split(df, groups=df[GROUP]))
train_df = df.iloc[a][df.iloc[a][TIME] < cut]
test_df = df.iloc[b][df.iloc[b][TIME] >= cut]
# early-stopping set: 15% of the training customers, kept out of the fit
es_cust = train_df[GROUP].drop_duplicates().sample(frac=0.15, random_state=33)
es_df = train_df[train_df[GROUP].isin(es_cust)]
train_df = train_df[~train_df[GROUP].isin(es_cust)]
X_es, y_es = es_df[FEATURES], es_df[TARGET]
X_tr, y_tr = train_df[FEATURES], train_df[TARGET]
X_te, y_te = test_df[FEATURES], test_df[TARGET]
print(X_tr.shape, X_te.shape, y_tr.mean().round(4), y_te.mean().round(4))

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, num_leaves=31, min_child_samples=40,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
                           verbose=-1, random_state=33)
model.fit(X_tr, y_tr, eval_set=[(X_es, y_es)], eval_metric="auc",
          callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)])
best_iter = model.best_iteration_
print("best iteration", best_iter)

p_te = model.predict_proba(X_te)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
print(f"test ROC AUC   model {roc_auc_score(y_te, p_te):.4f} | dummy {roc_auc_score(y_te, p_dummy):.4f}")
print(f"test avg prec  model {average_precision_score(y_te, p_te):.4f} | dummy {average_precision_score(y_te, p_dummy):.4f}")

final = lgb.LGBMClassifier(n_estimators=best_iter, learning_rate=0.02, num_leaves=31, min_child_samples=40,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
                           verbose=-1, random_state=33).fit(df[FEATURES], df[TARGET])
for c in ["plan", "region"]:
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)
pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
