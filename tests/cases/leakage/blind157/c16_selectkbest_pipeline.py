"""Logistic regression with mutual-information feature selection (card fraud).

The selector is a pipeline step, so every CV fold re-selects features from
its own training rows.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.is_fraud.value_counts(normalize=True))


def featurize(d):
    f = d[["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
           "country_mismatch", "card_age_days"]].copy()
    f["log_amount"] = np.log1p(f["amount"])
    f["log_dist"] = np.log1p(f["distance_from_home_km"])
    f["night"] = (f["hour"] < 6).astype(int)
    return f.join(pd.get_dummies(d["merchant_category"], prefix="m", dtype=int))


X = featurize(train)
y = train["is_fraud"]
X_test = featurize(test).reindex(columns=X.columns, fill_value=0)
print(X.shape)

model = Pipeline([
    ("select", SelectKBest(mutual_info_classif, k=8)),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
scores = cross_validate(model, X, y, cv=cv, scoring=["average_precision", "roc_auc"], return_estimator=True)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=["average_precision"])
print("dummy AP : %.4f" % base["test_average_precision"].mean())
print("logreg AP: %.4f +/- %.4f" % (scores["test_average_precision"].mean(), scores["test_average_precision"].std()))
print("logreg AUC: %.4f" % scores["test_roc_auc"].mean())

# how stable is the selection across folds?
picked = pd.DataFrame([est.named_steps["select"].get_support() for est in scores["estimator"]], columns=X.columns)
print(picked.sum().sort_values(ascending=False).head(12))

model.fit(X, y)
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
