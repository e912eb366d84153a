"""Fraud detection take-home: XGBoost tuned with RandomizedSearchCV.

Usage: python train_fraud.py   (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint, uniform
from sklearn.metrics import (average_precision_score, classification_report,
                             confusion_matrix, roc_auc_score)
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold, train_test_split
from xgboost import XGBClassifier

SEED = 99


def featurize(d: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=d.index)
    out["log_amount"] = np.log1p(d["amount"])
    out["amount_ratio"] = d["amount"] / (d["avg_amount_30d"] + 1.0)
    out["hour"] = d["hour"]
    out["night"] = ((d["hour"] <= 5) | (d["hour"] >= 23)).astype(int)
    out["card_present"] = d["card_present"]
    out["distance_from_home_km"] = d["distance_from_home_km"]
    out["txn_count_24h"] = d["txn_count_24h"]
    out["foreign"] = (d["country"] != d["home_country"]).astype(int)
    for col in ["merchant_category", "device_type"]:
        out[col] = d[col].astype("category")
    return out


raw = pd.read_csv("train.csv")
X = featurize(raw)
y = raw["is_fraud"].values
print(X.shape, "fraud share", y.mean().round(4))

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
ratio = (y_tr == 0).sum() / (y_tr == 1).sum()

model = XGBClassifier(tree_method="hist", enable_categorical=True, eval_metric="aucpr",
                      scale_pos_weight=ratio, random_state=SEED, n_jobs=-1)
dist = {
    "n_estimators": randint(150, 900),
    "max_depth": randint(3, 10),
    "learning_rate": loguniform(0.01, 0.3),
    "subsample": uniform(0.5, 0.5),
    "colsample_bytree": uniform(0.5, 0.5),
    "gamma": loguniform(1e-3, 5),
    "min_child_weight": randint(1, 30),
}
search = RandomizedSearchCV(model, dist, n_iter=40, scoring="average_precision",
                            cv=StratifiedKFold(5, shuffle=True, random_state=SEED),
                            random_state=SEED, n_jobs=1, verbose=1, refit=True)
search.fit(X_tr, y_tr)
print("best CV AP:", round(search.best_score_, 4))
print("best params:", search.best_params_)

proba = search.predict_proba(X_te)[:, 1]
pred = (proba >= 0.5).astype(int)
print("test ROC AUC:", round(roc_auc_score(y_te, proba), 4))
print("test AP     :", round(average_precision_score(y_te, proba), 4))
print(confusion_matrix(y_te, pred))
print(classification_report(y_te, pred, digits=3))

sub = pd.read_csv("test.csv")
pd.DataFrame({"transaction_id": sub["transaction_id"],
              "prediction": search.predict_proba(featurize(sub))[:, 1]}).to_csv("predictions.csv", index=False)
