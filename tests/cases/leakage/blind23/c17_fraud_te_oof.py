import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split

LABEL = "is_fraud"
KEYS = ["merchant_id", "merchant_category", "device_type"]
BASE = ["amount", "hour", "account_age_days", "txn_count_24h", "avg_amount_30d",
        "distance_from_home_km", "card_present", "country_mismatch"]
SMOOTH = 100


def rate_map(frame, key, prior):
    g = frame.groupby(key)[LABEL].agg(["sum", "count"])
    return (g["sum"] + SMOOTH * prior) / (g["count"] + SMOOTH)


def encode_fit_apply(fit_part, others, n_inner=5, seed=0):
    """Out-of-fold encodings for fit_part; full fit_part statistics for the others."""
    prior = fit_part[LABEL].mean()
    fit_enc = pd.DataFrame(index=fit_part.index, columns=[f"{k}_te" for k in KEYS], dtype=float)
    inner = StratifiedKFold(n_splits=n_inner, shuffle=True, random_state=seed)
    for a, b in inner.split(fit_part, fit_part[LABEL]):
        src, dst = fit_part.iloc[a], fit_part.iloc[b]
        for k in KEYS:
            fit_enc.loc[dst.index, f"{k}_te"] = dst[k].map(rate_map(src, k, prior)).fillna(prior).to_numpy()
    outs = []
    for frame in others:
        enc = pd.DataFrame(index=frame.index)
        for k in KEYS:
            enc[f"{k}_te"] = frame[k].map(rate_map(fit_part, k, prior)).fillna(prior)
        outs.append(frame[BASE].join(enc))
    return fit_part[BASE].join(fit_enc), outs


def model():
    return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, random_state=0)


tx = pd.read_csv("data/transactions.csv")
dev, test = train_test_split(tx, test_size=0.2, stratify=tx[LABEL], random_state=1)

cv_scores = []
outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
for i, (a, b) in enumerate(outer.split(dev, dev[LABEL])):
    fit_part, val_part = dev.iloc[a], dev.iloc[b]
    X_fit, (X_val,) = encode_fit_apply(fit_part, [val_part], seed=i)
    m = model().fit(X_fit, fit_part[LABEL])
    p = m.predict_proba(X_val)[:, 1]
    d = DummyClassifier(strategy="prior").fit(X_fit, fit_part[LABEL]).predict_proba(X_val)[:, 1]
    cv_scores.append((average_precision_score(val_part[LABEL], p),
                      average_precision_score(val_part[LABEL], d)))
cv_scores = np.array(cv_scores)
print("CV AP model %.4f  baseline %.4f" % tuple(cv_scores.mean(axis=0)))

X_dev, (X_test,) = encode_fit_apply(dev, [test])
final = model().fit(X_dev, dev[LABEL])
p_test = final.predict_proba(X_test)[:, 1]
p_base = DummyClassifier(strategy="prior").fit(X_dev, dev[LABEL]).predict_proba(X_test)[:, 1]
print("test AP %.4f (baseline %.4f)  AUC %.4f" % (
    average_precision_score(test[LABEL], p_test),
    average_precision_score(test[LABEL], p_base),
    roc_auc_score(test[LABEL], p_test)))
