#!/usr/bin/env python
# Churn model - temporal validation (train Jan-Jun, validate Jul-Sep)
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

data = pd.read_csv("train.csv")
sub_df = pd.read_csv("test.csv")
for d in (data, sub_df):
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    d["m"] = d["snapshot_month"].dt.month

print(data.groupby("m").agg(rows=("snapshot_id", "count"),
                            customers=("customer_id", "nunique"),
                            churn=("churned_next_month", "mean")))

target = "churned_next_month"
features = ["plan", "monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]

# a few ratios
def enrich(d):
    d = d.copy()
    d["fail_rate"] = d["payment_failures"] / (d["tenure_months"].clip(lower=1))
    d["charge_per_hour"] = d["monthly_charges"] / (d["usage_hours"] + 1.0)
    d["low_usage"] = (d["usage_hours"] < 5).astype(int)  # under 5 hours a month
    return d

data = enrich(data)
sub_df = enrich(sub_df)
features += ["fail_rate", "charge_per_hour", "low_usage"]

# time-based split: everything before July trains, July-September validates
train_mask = data["m"] <= 6
trn = data[train_mask]
val = data[~train_mask]
print("train rows:", len(trn), "val rows:", len(val))
print("val churn rate: %.4f" % val[target].mean())

X_trn, y_trn = trn[features], trn[target]
X_val, y_val = val[features], val[target]

# baseline: every snapshot gets the training churn rate
base_p = np.full(len(y_val), y_trn.mean())
print("baseline (train rate): logloss %.4f  auc %.3f" % (log_loss(y_val, base_p), roc_auc_score(y_val, base_p)))

# logistic regression on numeric + one-hot plan
num = [f for f in features if f != "plan"]
sc = StandardScaler().fit(X_trn[num])
def lr_matrix(X):
    A = pd.DataFrame(sc.transform(X[num]), columns=num, index=X.index)
    return A.join(pd.get_dummies(X["plan"], prefix="plan", dtype=float))
A_trn = lr_matrix(X_trn)
A_val = lr_matrix(X_val).reindex(columns=A_trn.columns, fill_value=0)
lr = LogisticRegression(max_iter=1000).fit(A_trn, y_trn)
p_lr = lr.predict_proba(A_val)[:, 1]
print("logreg: logloss %.4f  auc %.4f  ap %.4f" % (log_loss(y_val, p_lr), roc_auc_score(y_val, p_lr),
                                                  average_precision_score(y_val, p_lr)))

# catboost handles plan natively
results = {}
for depth in (4, 6, 8):
    cb = CatBoostClassifier(iterations=600, depth=depth, learning_rate=0.05, verbose=0,
                            random_seed=0, cat_features=["plan"])
    cb.fit(X_trn, y_trn)
    p = cb.predict_proba(X_val)[:, 1]
    results[depth] = (roc_auc_score(y_val, p), average_precision_score(y_val, p), log_loss(y_val, p))
    print(f"catboost depth={depth}: auc {results[depth][0]:.4f} ap {results[depth][1]:.4f} ll {results[depth][2]:.4f}")

best_depth = max(results, key=lambda d: results[d][1])
print("picked depth", best_depth)

cb = CatBoostClassifier(iterations=600, depth=best_depth, learning_rate=0.05, verbose=0,
                        random_seed=0, cat_features=["plan"])
cb.fit(X_trn, y_trn)
imp = pd.Series(cb.get_feature_importance(), index=features).sort_values(ascending=False)
print(imp)

# per-month breakdown of the validation score
p_val = cb.predict_proba(X_val)[:, 1]
for mm, idx in val.groupby("m").groups.items():
    yy = y_val.loc[idx]
    print(mm, "auc %.4f" % roc_auc_score(yy, p_val[val.index.get_indexer(idx)]), "n", len(idx))

final = CatBoostClassifier(iterations=600, depth=best_depth, learning_rate=0.05, verbose=0,
                           random_seed=0, cat_features=["plan"])
final.fit(data[features], data[target])
pd.DataFrame({"snapshot_id": sub_df["snapshot_id"],
              "prediction": final.predict_proba(sub_df[features])[:, 1]}).to_csv("predictions.csv", index=False)
