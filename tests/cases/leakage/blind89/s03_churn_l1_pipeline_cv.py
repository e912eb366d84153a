"""Churn take-home: L1-based selection inside a pipeline, 5-fold CV.

Selection is part of the pipeline so it is refitted within every fold.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 42
TARGET = "churned"

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_date"])

# calendar features only; the date itself is not a feature
for frame in (df, test):
    frame["snapshot_month"] = frame["snapshot_date"].dt.month
    frame["tenure_years"] = frame["tenure_months"] / 12.0

cat_cols = ["plan_type", "region", "contract_type"]
exclude = {"snapshot_id", "customer_id", "snapshot_date", "cancel_reason",
           "retention_offer_accepted", TARGET}
num_cols = [c for c in df.columns if c not in exclude and c not in cat_cols]
print(f"{len(num_cols)} numeric, {len(cat_cols)} categorical features")

X = df[num_cols + cat_cols]
y = df[TARGET].astype(int)

preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                      ("scale", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), cat_cols),
])

pipe = Pipeline([
    ("prep", preprocess),
    ("select", SelectFromModel(
        LogisticRegression(penalty="l1", solver="liblinear", C=0.05, class_weight="balanced"),
        threshold="median")),
    ("clf", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05,
                                           max_leaf_nodes=31, random_state=RANDOM_STATE)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
scoring = ["roc_auc", "average_precision"]

res = cross_validate(pipe, X, y, cv=cv, scoring=scoring, n_jobs=-1, return_estimator=True)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=scoring)

for metric in scoring:
    m = res[f"test_{metric}"]
    b = base[f"test_{metric}"]
    print(f"{metric:18s} model {m.mean():.4f} ± {m.std():.4f} | prior baseline {b.mean():.4f}")

# which features survive the L1 step across folds
names = res["estimator"][0].named_steps["prep"].get_feature_names_out()
kept = np.vstack([est.named_steps["select"].get_support() for est in res["estimator"]])
stability = pd.Series(kept.mean(axis=0), index=names).sort_values(ascending=False)
print("features kept in every fold:", int((stability == 1).sum()))
print(stability.head(25).to_string())

pipe.fit(X, y)
pred = pipe.predict_proba(test[num_cols + cat_cols])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
