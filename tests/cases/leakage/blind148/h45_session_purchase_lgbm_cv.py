"""E-commerce: will this viewed item be purchased in the session?

Implicit-feedback signals per (session, item) event + session-level counts,
LightGBM, 5-fold stratified CV. Baseline: purchase rate of the item category
computed on the training folds.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score, average_precision_score

events = pd.read_csv("train.csv")
print(events.shape, events["purchased"].mean())

# session-level implicit feedback
s = events.groupby("session_id")
events["session_items"] = s["item_id"].transform("nunique")
events["session_events"] = s["event_id"].transform("count")
events["session_total_dwell"] = s["dwell_seconds"].transform("sum")
events["cart_ratio"] = events["cart_adds_in_session"] / events["views_in_session"].clip(lower=1)
events["log_price"] = np.log1p(events["price"])
for c in ["device", "referrer", "item_category"]:
    events[c] = events[c].astype("category")

FEATS = ["views_in_session", "cart_adds_in_session", "dwell_seconds", "session_items", "session_events",
         "session_total_dwell", "cart_ratio", "log_price",
         "device", "referrer", "item_category"]

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=21)
oof = np.zeros(len(events))
oof_base = np.zeros(len(events))
for k, (tr, va) in enumerate(skf.split(events, events["purchased"])):
    a, b = events.iloc[tr], events.iloc[va]
    m = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.04, num_leaves=63,
                           min_child_samples=50, colsample_bytree=0.8, verbose=-1)
    m.fit(a[FEATS], a["purchased"])
    oof[va] = m.predict_proba(b[FEATS])[:, 1]
    cat_rate = a.groupby("item_category", observed=True)["purchased"].mean()
    oof_base[va] = b["item_category"].map(cat_rate).astype(float).fillna(a["purchased"].mean()).values

y = events["purchased"].values
print("category-popularity baseline  AUC %.4f  AP %.4f" % (roc_auc_score(y, oof_base), average_precision_score(y, oof_base)))
print("lightgbm                      AUC %.4f  AP %.4f" % (roc_auc_score(y, oof), average_precision_score(y, oof)))

test = pd.read_csv("test.csv")
t = test.groupby("session_id")
test["session_items"] = t["item_id"].transform("nunique")
test["session_events"] = t["event_id"].transform("count")
test["session_total_dwell"] = t["dwell_seconds"].transform("sum")
test["cart_ratio"] = test["cart_adds_in_session"] / test["views_in_session"].clip(lower=1)
test["log_price"] = np.log1p(test["price"])
for c in ["device", "referrer", "item_category"]:
    test[c] = pd.Categorical(test[c], categories=events[c].cat.categories)
final = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.04, num_leaves=63,
                           min_child_samples=50, colsample_bytree=0.8, verbose=-1)
final.fit(events[FEATS], events["purchased"])
pd.DataFrame({"event_id": test["event_id"], "prediction": final.predict_proba(test[FEATS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
