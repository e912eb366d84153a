"""Card fraud - logistic regression vs. boosting, tuned on a fixed validation fold.

I use PredefinedSplit instead of k-fold because the data is large and one
stratified 20% validation fold is stable enough.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, PredefinedSplit, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
NUM = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "avg_amount_30d", "card_present", "is_foreign"]
CAT = ["merchant_category", "merchant_country", "channel", "device_type"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

train_part, valid_part = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=3)
both = pd.concat([train_part, valid_part])
fold_ids = np.r_[np.full(len(train_part), -1), np.zeros(len(valid_part), dtype=int)]
ps = PredefinedSplit(fold_ids)
X_both, y_both = both[NUM + CAT], both[TARGET]

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
pipe = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=3000))])

param_grid = [
    {"clf": [LogisticRegression(max_iter=3000, class_weight="balanced")], "clf__C": [0.01, 0.1, 1, 10]},
    {"clf": [HistGradientBoostingClassifier(random_state=3)],
     "clf__learning_rate": [0.03, 0.1], "clf__max_leaf_nodes": [15, 31, 63]},
]
search = GridSearchCV(pipe, param_grid, cv=ps, scoring={"ap": "average_precision", "auc": "roc_auc"},
                      refit=False, n_jobs=-1)
search.fit(X_both, y_both)

res = pd.DataFrame(search.cv_results_)
best_idx = res["mean_test_ap"].idxmax()
best_params = res.loc[best_idx, "params"]
print(res[["params", "mean_test_ap", "mean_test_auc"]].sort_values("mean_test_ap", ascending=False).head(8))

best_model = pipe.set_params(**best_params).fit(train_part[NUM + CAT], train_part[TARGET])
p_valid = best_model.predict_proba(valid_part[NUM + CAT])[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(train_part[NUM + CAT], train_part[TARGET]) \
    .predict_proba(valid_part[NUM + CAT])[:, 1]

print("selected:", best_params)
print("validation AP      %.4f  (dummy %.4f)" % (average_precision_score(valid_part[TARGET], p_valid),
                                                  average_precision_score(valid_part[TARGET], p_dummy)))
print("validation ROC AUC %.4f  (dummy %.4f)" % (roc_auc_score(valid_part[TARGET], p_valid),
                                                  roc_auc_score(valid_part[TARGET], p_dummy)))

final = pipe.set_params(**best_params).fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False)
