# CLI take-home: LightGBM + an operating threshold for the campaign.
# Marketing wants a yes/no list, so besides AUC I report F1 / precision / recall at a cut-off.
# The cut-off is picked on a validation slice of the training part; the test slice only
# sees the frozen model + frozen threshold.

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


X_dev, X_te, y_dev, y_te = train_test_split(raw, y, test_size=0.25, stratify=y, random_state=RS)
X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.25, stratify=y_dev, random_state=RS)
# category levels from the training rows; unseen levels become NaN
levels = {col: sorted(X_tr[col].dropna().unique()) for col in CAT_COLS}
X_tr, X_val, X_te = prep(X_tr, levels), prep(X_val, levels), prep(X_te, levels)

clf = lgb.LGBMClassifier(
    n_estimators=700, learning_rate=0.03, num_leaves=24, min_child_samples=80,
    subsample=0.85, subsample_freq=1, colsample_bytree=0.8, reg_lambda=2.0,
    scale_pos_weight=3.0, random_state=RS, verbose=-1,
)
clf.fit(X_tr, y_tr)
proba_val = clf.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=RS).fit(X_tr, y_tr)
d_pred = dummy.predict(X_te)

print("validation ROC AUC:", round(roc_auc_score(y_val, proba_val), 4))


def best_threshold(y_true, scores):
    prec, rec, thr = precision_recall_curve(y_true, scores)
    f1 = 2 * prec * rec / np.clip(prec + rec, 1e-12, None)
    i = int(np.nanargmax(f1[:-1]))
    return thr[i], f1[i]


thr, f1_val = best_threshold(y_val, proba_val)
print(f"operating threshold {thr:.3f} (validation F1 {f1_val:.4f})")

# how sensitive is F1 to the cut-off? (validation)
for t in np.round(np.arange(0.2, 0.75, 0.05), 2):
    print(t, round(f1_score(y_val, (proba_val >= t).astype(int)), 4))

# ---- test slice, scored once with the frozen model and threshold
proba = clf.predict_proba(X_te)[:, 1]
y_hat = (proba >= thr).astype(int)
report = {
    "roc_auc": roc_auc_score(y_te, proba),
    "f1": f1_score(y_te, y_hat),
    "precision": precision_score(y_te, y_hat),
    "recall": recall_score(y_te, y_hat),
    "share_targeted": y_hat.mean(),
}
print(pd.Series(report).round(4))
print("F1 dummy (stratified guess):", round(f1_score(y_te, d_pred), 4))

imp = pd.Series(clf.booster_.feature_importance("gain"), index=X_tr.columns)
print(imp.sort_values(ascending=False).head(10))

# scoring file: evaluation is done, refit the same configuration on every labelled row
# (probabilities; the threshold goes into the memo)
levels_all = {col: sorted(raw[col].dropna().unique()) for col in CAT_COLS}
clf_full = lgb.LGBMClassifier(**clf.get_params()).fit(prep(raw, levels_all), y)

test = pd.read_csv("test.csv")
tid = test.pop("customer_id")
test = prep(test.drop(columns=[c for c in LEAKY if c in test.columns]), levels_all)
pd.DataFrame({"customer_id": tid, "prediction": clf_full.predict_proba(test[X_tr.columns])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
