# fraud take-home -- script version of my notebook
# sections: load / eda / features / attempt 1 / attempt 2 (upsampled) / submission

import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

SEED = 11
rng = np.random.default_rng(SEED)

# ========== load
tx = pd.read_csv("train.csv", parse_dates=["transaction_time"])
print(tx.shape)
print(tx.isna().sum()[tx.isna().sum() > 0])
print("fraud share:", tx.is_fraud.mean())
print(tx.groupby("channel").is_fraud.agg(["mean", "count"]))
print(tx.groupby(tx.transaction_time.dt.hour).is_fraud.mean().round(4).to_string())

# ========== features (all past-only per card)
def build(frame):
    d = frame.sort_values(["card_id", "transaction_time"]).copy()
    by_card = d.groupby("card_id")
    d["hour"] = d.transaction_time.dt.hour
    d["is_night"] = d.hour.between(0, 5).astype(int)
    d["txn_idx"] = by_card.cumcount()
    d["mins_since_last"] = by_card.transaction_time.diff().dt.total_seconds().div(60)
    d["amt_last"] = by_card.amount.shift(1)
    d["amt_mean_past"] = by_card.amount.transform(lambda s: s.shift(1).expanding().mean())
    d["amt_z_past"] = (d.amount - d.amt_mean_past) / by_card.amount.transform(
        lambda s: s.shift(1).expanding().std()).replace(0, np.nan)
    d["country_changed"] = (by_card.country.shift(1) != d.country).astype(int)
    d = pd.get_dummies(d, columns=["merchant_category", "channel", "device_type"], dtype=int)
    return d.sort_values("transaction_time")


def cold_start_split(d, cutoff):
    a = d[d.transaction_time < cutoff]
    b = d[d.transaction_time >= cutoff]
    return a, b[~b.card_id.isin(a.card_id)]


def scores(y, p, thr=0.5):
    return {"roc_auc": roc_auc_score(y, p), "ap": average_precision_score(y, p), "recall@0.5": recall_score(y, p >= thr)}


tx = build(tx)
DROP = ["transaction_id", "card_id", "transaction_time", "is_fraud", "chargeback_filed", "country", "merchant_id"]
FEATS = [c for c in tx.columns if c not in DROP]
cutoff = tx.transaction_time.quantile(0.85)

# ========== attempt 1: plain xgb with scale_pos_weight
tr, te = cold_start_split(tx, cutoff)
print("attempt 1 sizes", len(tr), len(te), "fraud in eval", int(te.is_fraud.sum()))
spw = (tr.is_fraud == 0).sum() / max(tr.is_fraud.sum(), 1)
xgb = XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.9,
                    colsample_bytree=0.8, scale_pos_weight=spw, eval_metric="aucpr", random_state=SEED)
xgb.fit(tr[FEATS], tr.is_fraud)
res = {"xgb spw": scores(te.is_fraud, xgb.predict_proba(te[FEATS])[:, 1])}
dummy = DummyClassifier(strategy="prior").fit(tr[FEATS], tr.is_fraud)
res["dummy prior (baseline)"] = scores(te.is_fraud, dummy.predict_proba(te[FEATS])[:, 1])

# ========== attempt 2: upsample frauds x10 instead of weighting
tr, te = cold_start_split(tx, cutoff)
frauds = tr[tr.is_fraud == 1]
tr = pd.concat([tr] + [frauds] * 9, ignore_index=True).sort_values("transaction_time")
print("after upsampling:", tr.is_fraud.mean().round(3))

xgb = XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.9,
                    colsample_bytree=0.8, eval_metric="aucpr", random_state=SEED)
xgb.fit(tr[FEATS], tr.is_fraud)
res["xgb upsampled x10"] = scores(te.is_fraud, xgb.predict_proba(te[FEATS])[:, 1])

print(pd.DataFrame(res).T.round(4))

imp = pd.Series(xgb.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.head(12).round(4))

# ========== submission (upsampled model refit on all labelled rows)
sub_tx = build(pd.read_csv("test.csv", parse_dates=["transaction_time"]))
sub_tx = sub_tx.reindex(columns=list(set(sub_tx.columns) | set(FEATS)), fill_value=0)
tx_up = pd.concat([tx] + [tx[tx.is_fraud == 1]] * 9, ignore_index=True)
xgb.fit(tx_up[FEATS], tx_up.is_fraud)
out = pd.DataFrame({"transaction_id": sub_tx.transaction_id, "prediction": xgb.predict_proba(sub_tx[FEATS])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.prediction.describe())
