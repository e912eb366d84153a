"""Fraud: how many engineered features do we actually need?"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

RAW = ["amount", "hour", "account_age_days", "txn_count_24h", "avg_amount_30d",
       "distance_from_home_km", "card_present", "country_mismatch"]


def engineer(tx):
    f = tx[RAW].copy().fillna(0)
    f["log_amount"] = np.log1p(f["amount"])
    f["amount_ratio_30d"] = f["amount"] / (f["avg_amount_30d"] + 1)
    f["night"] = f["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    f["new_account"] = (f["account_age_days"] < 30).astype(int)
    f["burst"] = (f["txn_count_24h"] > 10).astype(int)
    f["far_and_absent"] = f["distance_from_home_km"] * (1 - f["card_present"])
    for a, b in [("log_amount", "txn_count_24h"), ("log_amount", "distance_from_home_km"),
                 ("amount_ratio_30d", "country_mismatch"), ("night", "card_present")]:
        f[f"{a}_x_{b}"] = f[a] * f[b]
    dummies = pd.get_dummies(tx[["merchant_category", "device_type"]], dtype=float)
    return pd.concat([f, dummies], axis=1)


tx = pd.read_csv("data/transactions.csv")
X_all = engineer(tx)
y = tx["is_fraud"].to_numpy()
print("engineered features:", X_all.shape[1])

cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=2, random_state=4)
scoring = {"ap": "average_precision", "auc": "roc_auc", "neg_ll": "neg_log_loss"}

ranking = SelectKBest(mutual_info_classif, k="all").fit(X_all, y)
order = np.argsort(ranking.scores_)[::-1]
ranked = X_all.columns[order]
print(pd.Series(ranking.scores_[order], index=ranked).head(15).round(5))

rows = []
dummy = cross_validate(DummyClassifier(strategy="prior"), X_all, y, cv=cv, scoring=scoring)
rows.append({"k": 0, "name": "baseline", **{m: dummy[f"test_{m}"].mean() for m in scoring}})

for k in [5, 10, 15, 20, 30, X_all.shape[1]]:
    cols = list(ranked[:k])
    res = cross_validate(make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5)),
                         X_all[cols], y, cv=cv, scoring=scoring, return_train_score=True)
    rows.append({"k": k, "name": f"top{k}",
                 **{m: res[f"test_{m}"].mean() for m in scoring},
                 "train_ap": res["train_ap"].mean()})

table = pd.DataFrame(rows).set_index("name")
print(table.round(4))
print("smallest k within 0.005 AP of the best:",
      int(table[table.ap >= table.ap.max() - 0.005].k.min()))
