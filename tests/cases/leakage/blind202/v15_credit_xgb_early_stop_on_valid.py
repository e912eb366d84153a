"""
XGBoost for default_next_month.

* one-hot encoding of categorical fields with pd.get_dummies on the full frame
  (stateless, no statistics are learned)
* train / valid / test by statement month, evaluation sides restricted to
  accounts that were not seen earlier
* early stopping on the validation months, test months scored once at the end
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "default_next_month"

df = pd.read_csv("train.csv", parse_dates=["statement_month"])
df = pd.get_dummies(df, columns=["card_type", "region"], dtype=float)
df["log_balance"] = np.log1p(df["balance"].clip(lower=0))
df["util_capped"] = df["utilisation"].clip(0, 1.5)
df["month"] = df["statement_month"].dt.month

drop = {"statement_id", "account_id", "statement_month", TARGET, "collections_flag"}
features = [c for c in df.columns if c not in drop]

months = np.sort(df["statement_month"].unique())
train = df[df["statement_month"] < months[-6]]
valid = df[(df["statement_month"] >= months[-6]) & (df["statement_month"] < months[-3])]
test = df[df["statement_month"] >= months[-3]]
valid = valid[~valid["account_id"].isin(train["account_id"])]
test = test[~test["account_id"].isin(set(train["account_id"]) | set(valid["account_id"]))]

model = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.03, max_depth=4,
                          subsample=0.8, colsample_bytree=0.7, min_child_weight=5,
                          eval_metric="aucpr", early_stopping_rounds=100,
                          tree_method="hist", random_state=0)
model.fit(train[features], train[TARGET],
          eval_set=[(valid[features], valid[TARGET])], verbose=200)
print("best iteration:", model.best_iteration)

p_test = model.predict_proba(test[features])[:, 1]
prior = np.full(len(test), train[TARGET].mean())  # baseline: predict the training default rate
print("baseline (prior) AUC %.4f  AP %.4f" % (roc_auc_score(test[TARGET], prior),
                                            average_precision_score(test[TARGET], prior)))
print("xgboost          AUC %.4f  AP %.4f" % (roc_auc_score(test[TARGET], p_test),
                                            average_precision_score(test[TARGET], p_test)))

n_trees = model.best_iteration + 1
final = xgb.XGBClassifier(n_estimators=n_trees, learning_rate=0.03, max_depth=4,
                          subsample=0.8, colsample_bytree=0.7, min_child_weight=5,
                          tree_method="hist", random_state=0)
final.fit(df[features], df[TARGET])

sub = pd.read_csv("test.csv", parse_dates=["statement_month"])
sub = pd.get_dummies(sub, columns=["card_type", "region"], dtype=float)
sub["log_balance"] = np.log1p(sub["balance"].clip(lower=0))
sub["util_capped"] = sub["utilisation"].clip(0, 1.5)
sub["month"] = sub["statement_month"].dt.month
sub = sub.reindex(columns=list(sub.columns) + [c for c in features if c not in sub.columns], fill_value=0.0)
pd.DataFrame({"statement_id": sub["statement_id"],
              "prediction": final.predict_proba(sub[features])[:, 1]}).to_csv("predictions.csv", index=False)
