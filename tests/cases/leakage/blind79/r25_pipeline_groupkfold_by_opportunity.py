"""
Opportunity win model (pipeline snapshots).

Every opportunity appears in several quarterly snapshots, so I use GroupKFold on
opportunity_id to keep all snapshots of a deal in the same fold.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupKFold
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss

TARGET = "is_won"
NOT_AVAILABLE = ["close_reason", "closed_date", "final_contract_value"]
CATS = ["segment", "region", "product_line", "stage", "forecast_category"]


def load(path):
    d = pd.read_csv(path, parse_dates=["snapshot_date"])
    d["snap_month"] = d["snapshot_date"].dt.month
    d["amount_k"] = d["amount_usd"] / 1000
    d["meetings_per_stakeholder"] = d["n_meetings_qtr"] / d["n_stakeholders"].clip(lower=1)
    for c in CATS:
        d[c] = d[c].astype("category")
    return d


train = load("train.csv")
test = load("test.csv")
for c in CATS:
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

features = [c for c in train.columns
            if c not in NOT_AVAILABLE + [TARGET, "snapshot_id", "opportunity_id", "owner_id", "snapshot_date"]]
print("features:", features)

X, y, groups = train[features], train[TARGET].values, train["opportunity_id"].values

oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    clf = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.04, num_leaves=31,
                             min_child_samples=25, verbose=-1, random_state=fold)
    clf.fit(X.iloc[tr], y[tr])
    oof[va] = clf.predict_proba(X.iloc[va])[:, 1]
    dummy = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
    oof_dummy[va] = dummy.predict_proba(X.iloc[va])[:, 1]
    print(f"fold {fold}  auc={roc_auc_score(y[va], oof[va]):.4f}")

print("-" * 40)
print(f"OOF AUC     {roc_auc_score(y, oof):.4f}")
print(f"OOF logloss {log_loss(y, oof):.4f}  (dummy baseline {log_loss(y, oof_dummy):.4f})")

res = pd.DataFrame({"y": y, "p": oof})
res["decile"] = pd.qcut(res["p"].rank(method="first", ascending=False), 10, labels=False) + 1
dec = res.groupby("decile").agg(opps=("y", "size"), wins=("y", "sum"))
dec["win_rate"] = dec["wins"] / dec["opps"]
dec["lift"] = dec["win_rate"] / y.mean()
dec["cum_gain"] = dec["wins"].cumsum() / dec["wins"].sum()
print(dec.round(3))

final = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.04, num_leaves=31,
                           min_child_samples=25, verbose=-1).fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
