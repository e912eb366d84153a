# ---------------------------------------------------------------
# Card fraud scoring - take-home submission
# Model: HistGradientBoosting (handles categoricals natively)
# Eval: stratified 25% holdout, ROC AUC + PR AUC + recall at fixed precision,
#       against a dummy and against the current rule (big online txn far from home)
# ---------------------------------------------------------------
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

df = pd.read_csv("train.csv", parse_dates=["txn_timestamp"])
new = pd.read_csv("test.csv", parse_dates=["txn_timestamp"])

# segment view for the memo
seg = df.pivot_table(index="merchant_category", columns="device_type", values="is_fraud",
                     aggfunc="sum", fill_value=0)
print(seg)
print(df.groupby(pd.cut(df.amount, [0, 20, 50, 100, 500, 1e6])).is_fraud.agg(["count", "sum"]))

CATS = ["merchant_category", "country", "device_type"]
for c in CATS:
    levels = sorted(df[c].dropna().unique())
    df[c] = pd.Categorical(df[c], categories=levels)
    new[c] = pd.Categorical(new[c], categories=levels)

for d in (df, new):
    d["dow"] = d.txn_timestamp.dt.dayofweek
    d["log_amount"] = np.log1p(d.amount)

FEATS = ["log_amount", "hour", "dow", "distance_from_home_km", "is_online", "card_present"] + CATS

X_tr, X_ho, y_tr, y_ho = train_test_split(df[FEATS], df.is_fraud, test_size=0.25,
                                          stratify=df.is_fraud, random_state=31)

clf = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=500,
                                     learning_rate=0.05, max_leaf_nodes=31, random_state=31)
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_ho)[:, 1]

# two reference points: a dummy and today's hand-written rule
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_ho)[:, 1]
rule = ((X_ho.log_amount > np.log1p(300)) & (X_ho.is_online == 1)
        & (X_ho.distance_from_home_km > 100)).astype(int)

print("dummy    ROC AUC:", round(roc_auc_score(y_ho, p_dummy), 4), " PR AUC:", round(average_precision_score(y_ho, p_dummy), 4))
print("rule     ROC AUC:", round(roc_auc_score(y_ho, rule), 4), " PR AUC:", round(average_precision_score(y_ho, rule), 4))
print("model    ROC AUC:", round(roc_auc_score(y_ho, p), 4), " PR AUC:", round(average_precision_score(y_ho, p), 4))

prec, rec, thr = precision_recall_curve(y_ho, p)
for target_prec in (0.5, 0.7, 0.9):
    idx = np.argmax(prec[:-1] >= target_prec)
    print(f"precision >= {target_prec:.0%}: recall {rec[idx]:.3f} at threshold {thr[idx]:.3f}")

clf.fit(df[FEATS], df.is_fraud)
pd.DataFrame({"transaction_id": new.transaction_id,
              "prediction": clf.predict_proba(new[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)

# Memo: at 70% precision the model catches a solid share of fraud, well above
# the current rule. Recommend a two-tier policy: block above the 90%-precision
# threshold, send the 50-90% band to manual review.
