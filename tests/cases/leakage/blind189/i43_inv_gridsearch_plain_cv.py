"""
Invoice late payment - tuned random forest.

1. hold out 20% of clients (GroupShuffleSplit)
2. tune the forest with 5-fold grid search on the remaining invoices
3. report the held-out score once, next to a dummy
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit, GridSearchCV
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

RANDOM_STATE = 8

raw = pd.read_csv("train.csv", parse_dates=["issue_date"])
leaky = ["collections_call_made"]


def build(frame):
    f = frame.drop(columns=[c for c in leaky if c in frame.columns]).copy()
    f["log_amount"] = np.log1p(f["amount"])
    f["round_amount"] = (f["amount"] % 100 == 0).astype(int)
    f["terms_days"] = f["terms_days"].fillna(30)
    f["issue_month"] = f["issue_date"].dt.month
    f["issue_weekday"] = f["issue_date"].dt.weekday
    f["month_end"] = (f["issue_date"].dt.day >= 25).astype(int)
    return pd.get_dummies(f, columns=["industry"], prefix="ind", dtype=int)


data = build(raw)
FEATURES = [c for c in data.columns if c not in ("invoice_id", "client_id", "issue_date", "paid_late")]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
dev_idx, hold_idx = next(outer.split(data, groups=data["client_id"]))
dev, hold = data.iloc[dev_idx], data.iloc[hold_idx]

grid = {
    "n_estimators": [300, 600],
    "max_depth": [8, 14, None],
    "min_samples_leaf": [1, 5, 20],
    "max_features": ["sqrt", 0.5],
}
search = GridSearchCV(RandomForestClassifier(n_jobs=-1, random_state=RANDOM_STATE), grid,
                      scoring="roc_auc", cv=5, n_jobs=-1, verbose=1)
search.fit(dev[FEATURES], dev["paid_late"])
print("best params:", search.best_params_, "cv auc:", round(search.best_score_, 4))

best = search.best_estimator_
p_hold = best.predict_proba(hold[FEATURES])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(dev[FEATURES], dev["paid_late"])
p_dummy = dummy.predict_proba(hold[FEATURES])[:, 1]

print("held-out clients  AUC %.4f  AP %.4f" % (roc_auc_score(hold["paid_late"], p_hold),
                                               average_precision_score(hold["paid_late"], p_hold)))
print("dummy             AUC %.4f  AP %.4f" % (roc_auc_score(hold["paid_late"], p_dummy),
                                               average_precision_score(hold["paid_late"], p_dummy)))

best.fit(data[FEATURES], data["paid_late"])
sub = build(pd.read_csv("test.csv", parse_dates=["issue_date"])).reindex(
    columns=["invoice_id"] + FEATURES, fill_value=0)
pd.DataFrame({"invoice_id": sub["invoice_id"], "prediction": best.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
