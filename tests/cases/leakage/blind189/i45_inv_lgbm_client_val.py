"""Late-payment model: LightGBM, client-grouped holdout, early stopping on a client-grouped validation set."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "paid_late"

df = pd.read_csv("train.csv", parse_dates=["issue_date"])
sub = pd.read_csv("test.csv", parse_dates=["issue_date"])
df["collections_call_made"] = df["collections_call_made"].map({"yes": 1, "no": 0, True: 1, False: 0})

full = pd.concat([df.assign(_is_sub=0), sub.assign(_is_sub=1)], ignore_index=True)
full["log_amount"] = np.log1p(full["amount"])
full["issue_month"] = full["issue_date"].dt.month
full["issue_dom"] = full["issue_date"].dt.day
full["terms_days"] = full["terms_days"].clip(upper=180)
full = pd.get_dummies(full, columns=["industry"], prefix="ind", dtype=int)
df = full[full["_is_sub"] == 0].drop(columns="_is_sub").reset_index(drop=True)
sub = full[full["_is_sub"] == 1].drop(columns="_is_sub").reset_index(drop=True)

X = df.drop(columns=["paid_late", "client_id", "issue_date", "invoice_id", "collections_call_made"])
y = df[TARGET]
groups = df["client_id"]
print("features:", list(X.columns))


def group_split(idx, test_size, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
    a, b = next(gss.split(idx, groups=groups.iloc[idx]))
    return idx[a], idx[b]


all_idx = np.arange(len(df))
dev_idx, test_idx = group_split(all_idx, 0.2, 1)
fit_idx, val_idx = group_split(dev_idx, 0.2, 2)

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, num_leaves=24, min_child_samples=40,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=0, verbose=-1)
model.fit(X.iloc[fit_idx], y.iloc[fit_idx], eval_set=[(X.iloc[val_idx], y.iloc[val_idx])],
          eval_metric="auc", callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)])

p_test = model.predict_proba(X.iloc[test_idx])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X.iloc[dev_idx], y.iloc[dev_idx])
p_dummy = dummy.predict_proba(X.iloc[test_idx])[:, 1]
print("holdout AUC  lgbm=%.4f  dummy=%.4f" % (roc_auc_score(y.iloc[test_idx], p_test),
                                              roc_auc_score(y.iloc[test_idx], p_dummy)))
print("holdout AP   lgbm=%.4f  dummy=%.4f" % (average_precision_score(y.iloc[test_idx], p_test),
                                              average_precision_score(y.iloc[test_idx], p_dummy)))

final = lgb.LGBMClassifier(**{**model.get_params(), "n_estimators": model.best_iteration_})
final.fit(X, y)
pd.DataFrame({"invoice_id": sub["invoice_id"],
              "prediction": final.predict_proba(sub[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
