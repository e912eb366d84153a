"""Card fraud: compare a few classifiers by CV on the training part, then test the winner."""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
NUM = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "avg_amount_30d", "card_present", "is_foreign"]
CAT = ["merchant_category", "merchant_country", "channel", "device_type"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df[NUM] = df[NUM].fillna(0)
test[NUM] = test[NUM].fillna(0)

X_train, X_test, y_train, y_test = train_test_split(
    df[NUM + CAT], df[TARGET], test_size=0.25, stratify=df[TARGET], random_state=1)
print("train", X_train.shape, "test", X_test.shape, "fraud share", round(y_test.mean(), 4))


def pipe(model, scale=False):
    num_step = StandardScaler() if scale else "passthrough"
    ct = ColumnTransformer([("num", num_step, NUM), ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return Pipeline([("ct", ct), ("model", model)])


candidates = {
    "dummy": pipe(DummyClassifier(strategy="prior")),
    "logreg": pipe(LogisticRegression(max_iter=3000, class_weight="balanced"), scale=True),
    "random_forest": pipe(RandomForestClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=1)),
    "extra_trees": pipe(ExtraTreesClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=1)),
    "hist_gb": pipe(HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, random_state=1)),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
rows = []
for name, model in candidates.items():
    out = cross_validate(model, X_train, y_train, cv=cv, scoring=["roc_auc", "average_precision"], n_jobs=-1)
    rows.append((name, out["test_roc_auc"].mean(), out["test_average_precision"].mean(),
                 out["test_average_precision"].std()))
    print(f"{name:14s} CV ROC AUC={rows[-1][1]:.4f}  CV AP={rows[-1][2]:.4f} (+-{rows[-1][3]:.4f})")

table = pd.DataFrame(rows, columns=["model", "cv_roc_auc", "cv_ap", "cv_ap_std"]).set_index("model")
best = table["cv_ap"].idxmax()
print("\nbest model by CV AP:", best)

chosen = candidates[best].fit(X_train, y_train)
proba = chosen.predict_proba(X_test)[:, 1]
auc, ap = roc_auc_score(y_test, proba), average_precision_score(y_test, proba)
print("test ROC AUC %.4f, test AP %.4f (dummy AP would be ~%.4f)" % (auc, ap, y_test.mean()))
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": float(auc), "average_precision": float(ap)}, fh)

final = candidates[best].fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({TASK["id_column"]: test[TASK["id_column"]],
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
