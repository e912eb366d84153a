"""card-fraud take-home: regularised logistic regression.

MEMO
----
Data audit
  Authorisation-time fields: amount, merchant_category, hour, card_present,
  distance_from_home_km, txn_count_24h, country_mismatch, card_age_days.
  chargeback_flag only exists after the cardholder disputes the charge -> not
  available when we must decide -> excluded. transaction_id is a row key.

Validation plan
  No time or entity structure is declared for this task, so a stratified
  75/25 split of train.csv is the holdout; 5-fold stratified CV on the 75%
  is used to pick C.

Error analysis: AP by merchant category and by card_present.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

TASK = json.load(open("task.json"))
TARGET, ID = TASK["target"], TASK["id_column"]

NUMERIC = ["amount", "distance_from_home_km", "txn_count_24h", "card_age_days", "hour"]
BINARY = ["card_present", "country_mismatch"]
CATEGORICAL = ["merchant_category"]
FEATURES = NUMERIC + BINARY + CATEGORICAL

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X, y = train[FEATURES], train[TARGET]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)

prep = ColumnTransformer([
    ("num", Pipeline([("log", FunctionTransformer(np.log1p)), ("scale", StandardScaler())]), NUMERIC),
    ("bin", "passthrough", BINARY),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATEGORICAL),
])
pipe = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=5000, class_weight="balanced"))])

search = GridSearchCV(pipe, {"clf__C": [0.01, 0.03, 0.1, 0.3, 1.0]},
                      cv=StratifiedKFold(5, shuffle=True, random_state=0),
                      scoring="average_precision", n_jobs=-1)
search.fit(X_tr, y_tr)
print("best C:", search.best_params_, "cv AP: %.3f" % search.best_score_)

p_te = search.predict_proba(X_te)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]
print("holdout AP   logreg %.3f | dummy %.3f" % (average_precision_score(y_te, p_te),
                                                 average_precision_score(y_te, p_dummy)))
print("holdout AUC  logreg %.3f" % roc_auc_score(y_te, p_te))

# -- error analysis by segment
hold = X_te.assign(y=y_te.values, p=p_te)
for col in ["merchant_category", "card_present"]:
    rows = []
    for key, g in hold.groupby(col):
        ap = average_precision_score(g["y"], g["p"]) if g["y"].sum() else np.nan
        rows.append({col: key, "n": len(g), "fraud": g["y"].sum(), "ap": ap})
    print(pd.DataFrame(rows).sort_values("ap").round(3).to_string(index=False))

coef = pd.Series(search.best_estimator_.named_steps["clf"].coef_[0],
                 index=search.best_estimator_.named_steps["prep"].get_feature_names_out())
print(coef.sort_values().round(2))

# -- submission
final = search.best_estimator_.fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)

# Recommendation: the model is simple and explainable to the fraud ops team.
# Distance from home and country mismatch dominate; card-not-present travel
# merchants are the weakest segment.
