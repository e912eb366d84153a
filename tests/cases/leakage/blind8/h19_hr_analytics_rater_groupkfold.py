"""HR analytics, 360 review round: each employee is rated by several managers in the same round
(one row per employee x rater). Per-employee features, grouped validation."""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, f1_score

hr = pd.read_csv("hr_reviews.csv")
print(hr.shape, hr["employee_id"].nunique(), "employees")
print(hr["left_within_year"].mean())

# per-employee profile built from that employee's own ratings in this round (features only, never the label)
g = hr.groupby("employee_id")
hr["emp_n_raters"] = g["employee_id"].transform("size")
hr["emp_mean_satisfaction"] = g["satisfaction_level"].transform("mean")
hr["emp_max_hours"] = g["average_monthly_hours"].transform("max")
hr["satisfaction_vs_own_mean"] = hr["satisfaction_level"] - hr["emp_mean_satisfaction"]

hr["hours_per_project"] = hr["average_monthly_hours"] / hr["number_project"]
hr["salary"] = hr["salary"].map({"low": 0, "medium": 1, "high": 2})
hr = pd.get_dummies(hr, columns=["department"], drop_first=True)

groups = hr["employee_id"]
y = hr["left_within_year"]
X = hr.drop(columns=["employee_id", "left_within_year"])

# hold out 20% of the employees (all of their rows)
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr_idx, te_idx = next(gss.split(X, y, groups))
X_tr, X_te = X.iloc[tr_idx], X.iloc[te_idx]
y_tr, y_te = y.iloc[tr_idx], y.iloc[te_idx]
assert set(groups.iloc[tr_idx]).isdisjoint(groups.iloc[te_idx])

candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=5),
}
gkf = GroupKFold(n_splits=5)
cv_scores = {}
for name, model in candidates.items():
    sc = cross_val_score(model, X_tr, y_tr, groups=groups.iloc[tr_idx], cv=gkf, scoring="roc_auc")
    cv_scores[name] = sc.mean()
    print(f"{name}: GroupKFold AUC {sc.mean():.4f} +/- {sc.std():.4f}")

best = max(cv_scores, key=cv_scores.get)
model = candidates[best].fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]
print(f"{best} on unseen employees: AUC={roc_auc_score(y_te, p):.4f} F1={f1_score(y_te, p > 0.5):.4f}")
