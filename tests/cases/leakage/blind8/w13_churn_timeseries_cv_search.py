# Churn: random forest tuned with time-ordered cross-validation
import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit, GridSearchCV, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
CAT = ["plan", "region", "contract_type"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# rows in time order so that every CV fold validates on later months than it trains on
df = df.sort_values("snapshot_month", kind="stable").reset_index(drop=True)
print(df.snapshot_month.value_counts().sort_index())

X = df[NUM + CAT]
y = df[TARGET]

pre = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
pipe = Pipeline([("pre", pre), ("rf", RandomForestClassifier(n_jobs=-1, random_state=0))])

tscv = TimeSeriesSplit(n_splits=5)
for i, (a, b) in enumerate(tscv.split(X)):
    print(i, df.snapshot_month.iloc[a].max().date(), "->", df.snapshot_month.iloc[b].min().date(), df.snapshot_month.iloc[b].max().date())

grid = {
    "rf__n_estimators": [200, 500],
    "rf__min_samples_leaf": [5, 20, 50],
    "rf__max_features": ["sqrt", 0.5],
}
search = GridSearchCV(pipe, grid, cv=tscv, scoring="average_precision", n_jobs=-1, verbose=1)
search.fit(X, y)
print("best params", search.best_params_)
print("cv average precision %.4f" % search.best_score_)

dummy_scores = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=tscv, scoring="average_precision")
print("baseline (prior) cv average precision %.4f" % dummy_scores.mean())

res = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(res[["params", "mean_test_score", "std_test_score"]].head())

pred = search.best_estimator_.predict_proba(test[NUM + CAT])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
