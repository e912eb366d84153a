"""
Fraud model with a per-card "previous transaction" feature.

Evaluation plan
  * 80/20 stratified split of train.csv (the 20% is not touched until the end)
  * 5-fold out-of-fold predictions on the 80% to pick the alert threshold
  * the 20% is scored once with that threshold, next to a dummy
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_predict
from sklearn.metrics import precision_recall_curve, precision_score, recall_score, f1_score, average_precision_score

RS = 77

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def add_prev_tx(frame):
    """Amount and merchant of the card's previous transaction (rows ordered by transaction_id)."""
    f = frame.sort_values(["card_id", "transaction_id"]).copy()
    g = f.groupby("card_id")
    f["prev_amount"] = g["amount"].shift(1)
    f["prev_same_merchant"] = (g["merchant_category"].shift(1) == f["merchant_category"]).astype(int)
    f["amount_jump"] = np.log1p(f["amount"]) - np.log1p(f["prev_amount"])
    f["first_seen"] = f["prev_amount"].isna().astype(int)
    return f.sort_index()


train = add_prev_tx(train)
test = add_prev_tx(test)

CATS = ["merchant_category", "country", "device_type"]
FEATS = ["amount", "hour", "card_age_days", "tx_count_24h", "prev_amount", "prev_same_merchant",
         "amount_jump", "first_seen"] + CATS
for frame in (train, test):
    for c in CATS:
        frame[c] = frame[c].astype("category")

X, y = train[FEATS], train["is_fraud"]
X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RS)


def model():
    return LGBMClassifier(n_estimators=500, learning_rate=0.04, num_leaves=31, min_child_samples=40,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                          class_weight="balanced", verbose=-1, random_state=RS)


# ---- threshold from out-of-fold predictions on the development part ----
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=RS)
oof = cross_val_predict(model(), X_dev, y_dev, cv=skf, method="predict_proba")[:, 1]
prec, rec, thr = precision_recall_curve(y_dev, oof)
# ops want at least 40% precision on what they review; maximise recall under that
ok = np.where(prec[:-1] >= 0.40)[0]
threshold = thr[ok[np.argmax(rec[ok])]] if len(ok) else 0.5
print(f"OOF AP {average_precision_score(y_dev, oof):.4f}; threshold {threshold:.3f}")

# ---- one look at the holdout ----
clf = model().fit(X_dev, y_dev)
s_hold = clf.predict_proba(X_hold)[:, 1]
flag = (s_hold >= threshold).astype(int)

dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
s_dummy = dummy.predict_proba(X_hold)[:, 1]

print("holdout AP      :", round(average_precision_score(y_hold, s_hold), 4))
print("dummy AP        :", round(average_precision_score(y_hold, s_dummy), 4))
print("precision / recall / f1 at threshold:",
      round(precision_score(y_hold, flag), 3), round(recall_score(y_hold, flag), 3), round(f1_score(y_hold, flag), 3))
print("alert rate:", flag.mean().round(4))

final = model().fit(X, y)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final.predict_proba(test[FEATS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
