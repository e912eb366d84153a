import json
import time

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

EXPERIMENT = {
    "name": "fraud_lgbm_v4",
    "data": "data/transactions.csv",
    "holdout_size": 0.2,
    "seed": 31,
    "lgbm": {
        "n_estimators": 5000,
        "learning_rate": 0.02,
        "num_leaves": 63,
        "min_child_samples": 100,
        "subsample": 0.8,
        "subsample_freq": 1,
        "colsample_bytree": 0.7,
        "reg_lambda": 2.0,
        "scale_pos_weight": 5.0,
    },
    "early_stopping_rounds": 200,
}
CATEGORICAL = ["merchant_category", "device_type"]
DROP = ["transaction_id", "card_id", "merchant_id", "chargeback_flag", "is_fraud"]


class RunLogger:
    def __init__(self, name):
        self.record = {"experiment": name, "started": time.time(), "params": {}, "metrics": {}}

    def params(self, **kw):
        self.record["params"].update(kw)

    def metric(self, key, value):
        self.record["metrics"][key] = round(float(value), 5)

    def close(self, path):
        self.record["seconds"] = round(time.time() - self.record["started"], 1)
        with open(path, "w") as fh:
            json.dump(self.record, fh, indent=2)


def frame(path):
    tx = pd.read_csv(path)
    for c in CATEGORICAL:
        tx[c] = tx[c].astype("category")
    tx["log_amount"] = np.log1p(tx["amount"])
    tx["amount_ratio_30d"] = tx["amount"] / (tx["avg_amount_30d"] + 1.0)
    return tx


logger = RunLogger(EXPERIMENT["name"])
logger.params(**EXPERIMENT["lgbm"], seed=EXPERIMENT["seed"])

tx = frame(EXPERIMENT["data"])
X = tx.drop(columns=DROP)
y = tx["is_fraud"]
X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=EXPERIMENT["holdout_size"],
                                          stratify=y, random_state=EXPERIMENT["seed"])
monitor = [(X_ho, y_ho)]

clf = lgb.LGBMClassifier(random_state=EXPERIMENT["seed"], **EXPERIMENT["lgbm"])
clf.fit(
    X_tr, y_tr,
    eval_set=monitor,
    eval_metric="average_precision",
    categorical_feature=CATEGORICAL,
    callbacks=[lgb.early_stopping(EXPERIMENT["early_stopping_rounds"]), lgb.log_evaluation(250)],
)
logger.params(best_iteration=clf.best_iteration_)

p_ho = clf.predict_proba(X_ho, num_iteration=clf.best_iteration_)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_ho)[:, 1]
logger.metric("holdout_ap", average_precision_score(y_ho, p_ho))
logger.metric("holdout_auc", roc_auc_score(y_ho, p_ho))
logger.metric("dummy_ap", average_precision_score(y_ho, p_dummy))

gain = pd.Series(clf.booster_.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
print(gain.head(10).round(1))
print(json.dumps(logger.record["metrics"], indent=2))
logger.close(f"runs/{EXPERIMENT['name']}.json")
