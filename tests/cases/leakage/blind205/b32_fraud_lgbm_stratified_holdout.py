"""
Card-fraud detection take-home.

Three passes:
  1. sanity baseline (prior) + logistic regression on a handful of columns
  2. LightGBM with velocity features
  3. LightGBM tuned a little (num_leaves / min_child_samples picked by 3-fold CV on the training part)
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.preprocessing import StandardScaler

SEED = 5

trx = pd.read_csv("train.csv", parse_dates=["transaction_time"])
print(trx.shape, trx["transaction_time"].min(), trx["transaction_time"].max())
print("fraud rate %.4f" % trx["is_fraud"].mean())
print(trx.groupby("device_type")["is_fraud"].agg(["mean", "size"]))

# velocity features: everything looks only at the card's earlier transactions
trx = trx.sort_values(["card_id", "transaction_time"]).reset_index(drop=True)
by_card = trx.groupby("card_id")
trx["hour"] = trx["transaction_time"].dt.hour
trx["n_prior"] = by_card.cumcount()
trx["sec_since_prior"] = by_card["transaction_time"].diff().dt.total_seconds()
trx["prior_amt_mean"] = by_card["amount"].transform(lambda s: s.shift(1).expanding().mean())
trx["prior_amt_max"] = by_card["amount"].transform(lambda s: s.shift(1).expanding().max())
trx["amt_vs_max"] = trx["amount"] / trx["prior_amt_max"]
trx["first_time_country"] = (~trx.duplicated(["card_id", "country"])).astype(int)
for c in ["merchant_category", "channel", "device_type"]:
    trx = trx.join(pd.get_dummies(trx[c], prefix=c, dtype=int))

FEATS = ["amount", "hour", "is_foreign", "n_prior", "sec_since_prior", "prior_amt_mean", "prior_amt_max",
         "amt_vs_max", "first_time_country"] + [c for c in trx.columns if c.startswith(("merchant_category_", "channel_", "device_type_"))]

# ---------------------------------------------------------------- split
train, test = train_test_split(trx, test_size=0.2, stratify=trx["is_fraud"], random_state=SEED)
X_tr, y_tr = train[FEATS], train["is_fraud"]
X_te, y_te = test[FEATS], test["is_fraud"]
print("train", X_tr.shape, "test", X_te.shape)

results = {}

# ---------------------------------------------------------------- pass 1
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
results["baseline prior"] = dummy.predict_proba(X_te)[:, 1]

simple = ["amount", "hour", "is_foreign", "n_prior"]
sc = StandardScaler().fit(X_tr[simple].fillna(0))
lr = LogisticRegression(max_iter=1000, class_weight="balanced").fit(sc.transform(X_tr[simple].fillna(0)), y_tr)
results["logreg 4 cols"] = lr.predict_proba(sc.transform(X_te[simple].fillna(0)))[:, 1]

# ---------------------------------------------------------------- pass 2
m2 = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=31, is_unbalance=True,
                        random_state=SEED, verbose=-1)
m2.fit(X_tr, y_tr)
results["lgbm default-ish"] = m2.predict_proba(X_te)[:, 1]

# ---------------------------------------------------------------- pass 3: small CV grid on training part
skf = StratifiedKFold(n_splits=3, shuffle=True, random_state=SEED)
grid = [(15, 50), (31, 100), (63, 200)]
cv_scores = {}
for leaves, mcs in grid:
    fold_ap = []
    for fit_idx, val_idx in skf.split(X_tr, y_tr):
        m = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=leaves, min_child_samples=mcs,
                               is_unbalance=True, random_state=SEED, verbose=-1)
        m.fit(X_tr.iloc[fit_idx], y_tr.iloc[fit_idx])
        fold_ap.append(average_precision_score(y_tr.iloc[val_idx], m.predict_proba(X_tr.iloc[val_idx])[:, 1]))
    cv_scores[(leaves, mcs)] = np.mean(fold_ap)
print(pd.Series(cv_scores).round(4))
leaves, mcs = max(cv_scores, key=cv_scores.get)

m3 = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=leaves, min_child_samples=mcs,
                        is_unbalance=True, random_state=SEED, verbose=-1)
m3.fit(X_tr, y_tr)
results[f"lgbm leaves={leaves} mcs={mcs}"] = m3.predict_proba(X_te)[:, 1]

table = pd.DataFrame({name: {"roc_auc": roc_auc_score(y_te, p), "avg_precision": average_precision_score(y_te, p)}
                      for name, p in results.items()}).T
print(table.round(4).to_string())

# ---------------------------------------------------------------- predictions for test.csv
new = pd.read_csv("test.csv", parse_dates=["transaction_time"]).sort_values(["card_id", "transaction_time"])
g = new.groupby("card_id")
new["hour"] = new["transaction_time"].dt.hour
new["n_prior"] = g.cumcount()
new["sec_since_prior"] = g["transaction_time"].diff().dt.total_seconds()
new["prior_amt_mean"] = g["amount"].transform(lambda s: s.shift(1).expanding().mean())
new["prior_amt_max"] = g["amount"].transform(lambda s: s.shift(1).expanding().max())
new["amt_vs_max"] = new["amount"] / new["prior_amt_max"]
new["first_time_country"] = (~new.duplicated(["card_id", "country"])).astype(int)
for c in ["merchant_category", "channel", "device_type"]:
    new = new.join(pd.get_dummies(new[c], prefix=c, dtype=int))
new = new.reindex(columns=sorted(set(new.columns) | set(FEATS)), fill_value=0)
m3.fit(trx[FEATS], trx["is_fraud"])
pd.DataFrame({"transaction_id": new["transaction_id"], "prediction": m3.predict_proba(new[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
