import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split

SEED = 17
DROP = ["transaction_id", "card_id", "merchant_id", "transaction_time",
        "chargeback_flag", "is_fraud"]


def build(df):
    df = df.copy()
    t = pd.to_datetime(df.transaction_time)
    df["hour"] = t.dt.hour
    df["dow"] = t.dt.dayofweek
    df["amt_log"] = np.log1p(df.amount)
    df["amt_round10"] = (df.amount % 10 == 0).astype(int)
    df = pd.get_dummies(df, columns=["merchant_category", "country", "device"], dtype=int)
    return df


train = build(pd.read_csv("train.csv"))
test = build(pd.read_csv("test.csv"))
features = [c for c in train.columns if c not in DROP]
test = test.reindex(columns=train.columns, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(
    train[features], train.is_fraud, test_size=0.2, stratify=train.is_fraud, random_state=SEED)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dummy_p = dummy.predict_proba(X_test)[:, 1]
print("dummy   auc=%.4f ap=%.4f" % (roc_auc_score(y_test, dummy_p),
                                     average_precision_score(y_test, dummy_p)))

grid = {
    "max_depth": [3, 5, 7],
    "learning_rate": [0.03, 0.1],
    "min_child_weight": [1, 5],
    "subsample": [0.8, 1.0],
}
spw = float((y_train == 0).sum()) / max(1, (y_train == 1).sum())

# hyper-parameters chosen by 4-fold CV on the training part only
search = GridSearchCV(
    xgb.XGBClassifier(n_estimators=300, scale_pos_weight=spw, tree_method="hist",
                      random_state=SEED),
    param_grid=grid,
    scoring="roc_auc",
    cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=SEED),
    n_jobs=-1,
    verbose=1,
)
search.fit(X_train, y_train)
print("best params:", search.best_params_, "cv auc=%.4f" % search.best_score_)

# the held-out test split is scored exactly once
p = search.best_estimator_.predict_proba(X_test)[:, 1]
best = {"auc": roc_auc_score(y_test, p), "ap": average_precision_score(y_test, p),
        "params": search.best_params_}
print("xgb     auc=%.4f ap=%.4f" % (best["auc"], best["ap"]))

with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": round(best["auc"], 4), "average_precision": round(best["ap"], 4)}, fh)

final = xgb.XGBClassifier(n_estimators=300, scale_pos_weight=spw, tree_method="hist",
                          random_state=SEED, **best["params"])
final.fit(train[features], train.is_fraud)
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
