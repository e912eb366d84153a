"""Ad conversion take-home.

* held-out users (GroupShuffleSplit on user_id), post-click columns removed
* HistGradientBoosting with a tuned decision threshold (TunedThresholdClassifierCV,
  grouped folds inside the training users)
* report: AP / ROC AUC / precision / recall on the held-out users, a decile lift
  table, and the same numbers for a dummy classifier
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, TunedThresholdClassifierCV

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]
DROP = task["leaky_columns"] + [ID, GROUP, TARGET]

imps = pd.read_csv("train.csv")
new_imps = pd.read_csv("test.csv")
for frame in (imps, new_imps):
    for c in ["ad_format", "device", "placement", "campaign_id"]:
        frame[c] = frame[c].astype(str).astype("category")
    frame["log_bid"] = np.log1p(frame["bid_price"])

FEATURES = [c for c in imps.columns if c not in DROP]
print("features:", FEATURES)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=12)
tr_idx, te_idx = next(gss.split(imps, groups=imps[GROUP]))
train, hold = imps.iloc[tr_idx].reset_index(drop=True), imps.iloc[te_idx].reset_index(drop=True)

inner_splits = list(GroupKFold(n_splits=4).split(train, train[TARGET], groups=train[GROUP]))
base_model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                            categorical_features="from_dtype", random_state=12)
clf = TunedThresholdClassifierCV(base_model, scoring="f1", cv=inner_splits, random_state=12)
clf.fit(train[FEATURES], train[TARGET])
print("tuned threshold:", round(clf.best_threshold_, 4))

dummy = DummyClassifier(strategy="stratified", random_state=12).fit(train[FEATURES], train[TARGET])

y_hold = hold[TARGET].to_numpy()
for name, m in [("dummy", dummy), ("hgb+threshold", clf)]:
    proba = m.predict_proba(hold[FEATURES])[:, 1]
    pred = m.predict(hold[FEATURES])
    print(f"{name:14s} AP {average_precision_score(y_hold, proba):.4f}  AUC {roc_auc_score(y_hold, proba):.4f}  "
          f"P {precision_score(y_hold, pred, zero_division=0):.3f}  R {recall_score(y_hold, pred):.3f}")

# decile lift table on held-out users
scores = clf.predict_proba(hold[FEATURES])[:, 1]
lift = pd.DataFrame({"score": scores, "y": y_hold})
lift["decile"] = pd.qcut(lift["score"].rank(method="first", ascending=False), 10, labels=range(1, 11))
table = lift.groupby("decile", observed=True)["y"].agg(["count", "sum", "mean"])
table["lift"] = table["mean"] / y_hold.mean()
table["cum_capture"] = table["sum"].cumsum() / table["sum"].sum()
print(table.round(3))

clf.set_params(cv=list(GroupKFold(n_splits=4).split(imps, imps[TARGET], groups=imps[GROUP])))
clf.fit(imps[FEATURES], imps[TARGET])
pd.DataFrame({ID: new_imps[ID], "prediction": clf.predict_proba(new_imps[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
