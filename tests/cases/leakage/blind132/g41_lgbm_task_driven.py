"""Task-driven LightGBM baseline for card fraud.

Everything about the schema comes from task.json so the same script can be
re-used on other bundles: target, leaky columns to exclude, id for the output.
"""
import json
import logging
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("fraud")

ROOT = Path(__file__).resolve().parent
task = json.loads((ROOT / "task.json").read_text())
target = task["target"]
id_column = task["id_column"]
leaky = task.get("leaky_columns", [])
log.info("task %s, metric %s, leaky=%s", task.get("slug"), task.get("metric"), leaky)

train = pd.read_csv(ROOT / "train.csv")
test = pd.read_csv(ROOT / "test.csv")

excluded = [target] + leaky
features = [c for c in train.columns if c not in excluded]
cat_cols = [c for c in features if train[c].dtype == object]
for c in cat_cols:
    train[c] = train[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)
log.info("using %d features: %s", len(features), features)

X, y = train[features], train[target]
model = lgb.LGBMClassifier(
    n_estimators=800,
    learning_rate=0.02,
    num_leaves=63,
    min_child_samples=30,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    scale_pos_weight=4,
    verbose=-1,
)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
oof = cross_val_predict(model, X, y, cv=cv, method="predict_proba")[:, 1]
oof_dummy = cross_val_predict(DummyClassifier(strategy="prior"), X.select_dtypes("number"), y, cv=cv,
                              method="predict_proba")[:, 1]

scores = {
    "average_precision": round(float(average_precision_score(y, oof)), 4),
    "roc_auc": round(float(roc_auc_score(y, oof)), 4),
    "baseline_average_precision": round(float(average_precision_score(y, oof_dummy)), 4),
}
log.info("CV scores: %s", scores)
(ROOT / "metrics.json").write_text(json.dumps({"average_precision": scores["average_precision"]}))

model.fit(X, y)
preds = model.predict_proba(test[features])[:, 1]
assert np.all((preds >= 0) & (preds <= 1))
pd.DataFrame({id_column: test[id_column], "prediction": preds}).to_csv(ROOT / "predictions.csv", index=False)
log.info("wrote %d predictions", len(preds))
