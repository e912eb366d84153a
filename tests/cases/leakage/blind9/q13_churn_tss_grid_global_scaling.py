import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).sort_values("snapshot_month").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.snapshot_month.value_counts().sort_index())


def design(frame):
    X = frame[NUM].copy()
    X["log_charges"] = np.log1p(X["monthly_charges"])
    X = X.join(pd.get_dummies(frame[["plan", "region", "contract_type"]], dtype=float))
    return X


X = design(df)
med = X.median()
X = X.fillna(med)
mu, sd = X.mean(), X.std().replace(0, 1)
X = (X - mu) / sd
y = df[TARGET]
print(X.describe().T[["mean", "std"]].head())

cv = TimeSeriesSplit(n_splits=5)
for k, (a, b) in enumerate(cv.split(X)):
    print(k, df.snapshot_month.iloc[a].max().date(), "->", df.snapshot_month.iloc[b].min().date(), len(b))

grid = GridSearchCV(
    LogisticRegression(max_iter=5000, class_weight="balanced", solver="liblinear"),
    {"C": [0.01, 0.03, 0.1, 0.3, 1.0], "penalty": ["l1", "l2"]},
    cv=cv, scoring="average_precision", n_jobs=-1,
)
grid.fit(X, y)
print("best params", grid.best_params_)
print("cv AP %.4f" % grid.best_score_)
res = pd.DataFrame(grid.cv_results_)[["params", "mean_test_score", "std_test_score"]]
print(res.sort_values("mean_test_score", ascending=False).head())

Xt = design(test).reindex(columns=X.columns, fill_value=0.0)
Xt = (Xt.fillna(med) - mu) / sd
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": grid.best_estimator_.predict_proba(Xt)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
