# Session purchase prediction with item-level implicit feedback.
# Item popularity and item conversion are classic recsys priors: how often an
# item is viewed, carted and bought across all sessions.
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

ev = pd.read_csv("train.csv")
print(ev.head())
print("sessions:", ev["session_id"].nunique(), "items:", ev["item_id"].nunique())

# ----- item priors
item = ev.groupby("item_id").agg(item_views=("event_id", "count"),
                                 item_cart_adds=("cart_adds_in_session", "sum"),
                                 item_buys=("purchased", "sum"))
k = 30
glob = ev["purchased"].mean()
item["item_cvr"] = (item["item_buys"] + k * glob) / (item["item_views"] + k)
item["item_cart_rate"] = item["item_cart_adds"] / item["item_views"]
ev = ev.join(item[["item_views", "item_cvr", "item_cart_rate"]], on="item_id")

ev["log_price"] = np.log1p(ev["price"])
ev["cart_ratio"] = ev["cart_adds_in_session"] / ev["views_in_session"].clip(lower=1)
ev["session_len"] = ev.groupby("session_id")["event_id"].transform("count")
ev = pd.get_dummies(ev, columns=["device", "referrer"], dtype=float)

X_cols = ["item_views", "item_cvr", "item_cart_rate", "log_price", "cart_ratio", "session_len",
          "views_in_session", "cart_adds_in_session", "dwell_seconds"] + \
         [c for c in ev.columns if c.startswith(("device_", "referrer_"))]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr_idx, ho_idx = next(splitter.split(ev, groups=ev["session_id"]))
tr, ho = ev.iloc[tr_idx], ev.iloc[ho_idx]

clf = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, max_leaf_nodes=31,
                                     l2_regularization=0.5, random_state=8)
clf.fit(tr[X_cols], tr["purchased"])
p = clf.predict_proba(ho[X_cols])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(tr[X_cols], tr["purchased"]).predict_proba(ho[X_cols])[:, 1]

print(f"dummy: AUC={roc_auc_score(ho['purchased'], p0):.3f} AP={average_precision_score(ho['purchased'], p0):.3f} "
      f"logloss={log_loss(ho['purchased'], p0):.4f}")
print(f"hgb  : AUC={roc_auc_score(ho['purchased'], p):.3f} AP={average_precision_score(ho['purchased'], p):.3f} "
      f"logloss={log_loss(ho['purchased'], p):.4f}")

# ----- submission
test = pd.read_csv("test.csv").join(item[["item_views", "item_cvr", "item_cart_rate"]], on="item_id")
test["item_views"] = test["item_views"].fillna(0)
test["item_cvr"] = test["item_cvr"].fillna(glob)
test["item_cart_rate"] = test["item_cart_rate"].fillna(0)
test["log_price"] = np.log1p(test["price"])
test["cart_ratio"] = test["cart_adds_in_session"] / test["views_in_session"].clip(lower=1)
test["session_len"] = test.groupby("session_id")["event_id"].transform("count")
test = pd.get_dummies(test, columns=["device", "referrer"], dtype=float)
for c in X_cols:
    if c not in test:
        test[c] = 0.0
clf.fit(ev[X_cols], ev["purchased"])
pd.DataFrame({"event_id": test["event_id"], "prediction": clf.predict_proba(test[X_cols])[:, 1]}).to_csv("predictions.csv", index=False)
