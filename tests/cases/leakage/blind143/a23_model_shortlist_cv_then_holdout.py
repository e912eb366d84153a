"""Churn: model shortlist chosen by time-aware CV, holdout scored once at the end."""
import json

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = (task[k] for k in ("target", "id_column", "time_column", "group_column"))
df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

num = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
cat = ["plan", "region"]

# final holdout: Jul-Sep, customers absent from Jan-Jun; not touched until the end
cut = pd.Timestamp("2024-07-01")
dev = df[df[TIME] < cut].reset_index(drop=True)
hold = df[(df[TIME] >= cut) & ~df[GROUP].isin(dev[GROUP].unique())]


def forward_folds(frame, months):
    """train on months before m, validate on month m for customers not seen before m."""
    for m in pd.to_datetime(months):
        tr = np.flatnonzero(frame[TIME] < m)
        seen = frame.loc[tr, GROUP].unique()
        va = np.flatnonzero((frame[TIME] == m) & ~frame[GROUP].isin(seen))
        yield tr, va


folds = list(forward_folds(dev, ["2024-04-01", "2024-05-01", "2024-06-01"]))

pre = ColumnTransformer([("num", StandardScaler(), num),
                         ("cat", OneHotEncoder(handle_unknown="ignore"), cat)])
candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=20, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=0),
}

cv_auc = {}
for name, est in candidates.items():
    pipe = Pipeline([("pre", clone(pre)), ("model", est)])
    s = cross_val_score(pipe, dev[num + cat], dev[TARGET], cv=folds, scoring="roc_auc")
    cv_auc[name] = s.mean()
    print(f"{name:7s} forward-CV AUC {s.mean():.4f} ({', '.join(f'{v:.3f}' for v in s)})")

best = max((k for k in cv_auc if k != "dummy"), key=cv_auc.get)
print("selected by CV:", best)

chosen = Pipeline([("pre", clone(pre)), ("model", clone(candidates[best]))])
chosen.fit(dev[num + cat], dev[TARGET])
hold_auc = roc_auc_score(hold[TARGET], chosen.predict_proba(hold[num + cat])[:, 1])
dummy = Pipeline([("pre", clone(pre)), ("model", DummyClassifier(strategy="prior"))]).fit(dev[num + cat], dev[TARGET])
dummy_auc = roc_auc_score(hold[TARGET], dummy.predict_proba(hold[num + cat])[:, 1])
print(f"holdout ROC AUC: {best} {hold_auc:.4f} vs dummy {dummy_auc:.4f}")

final = Pipeline([("pre", clone(pre)), ("model", clone(candidates[best]))])
final.fit(df[num + cat], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[num + cat])[:, 1]}).to_csv(
    "predictions.csv", index=False)
