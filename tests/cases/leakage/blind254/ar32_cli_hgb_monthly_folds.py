# CLI response - HistGradientBoosting, time-ordered CV
# rows sorted by snapshot month, TimeSeriesSplit so every fold trains on the past only,
# validation folds keep only accounts the fold's training rows have never seen

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, brier_score_loss
from sklearn.model_selection import TimeSeriesSplit

cli = pd.read_csv("train.csv")
cli["snapshot_month"] = pd.to_datetime(cli["snapshot_month"])
cli = cli.sort_values("snapshot_month", kind="stable").reset_index(drop=True)
print(cli.snapshot_month.min(), cli.snapshot_month.max(), len(cli))

# simple snapshot features (no account history, keeps it honest and fast)
cli["offer_pct"] = cli["offer_amount"] / cli["credit_limit"]
cli["headroom"] = cli["credit_limit"] - cli["balance"]
cli["spend_per_purchase"] = cli["purchase_amount_3m"] / cli["purchase_count_3m"].replace(0, np.nan)
cli["month_of_year"] = cli["snapshot_month"].dt.month
cli = pd.get_dummies(cli, columns=["offer_channel", "region", "income_band"], dtype=float)

excluded = {"account_month_id", "account_id", "snapshot_month", "responded",
            "limit_after", "spend_post_offer_90d"}
feats = [c for c in cli.columns if c not in excluded]
X, y = cli[feats], cli["responded"]

tscv = TimeSeriesSplit(n_splits=5)
rows = []
acct = cli["account_id"].values
for i, (tr_idx, va_idx) in enumerate(tscv.split(X)):
    # an account offered in the training months would be scored on its own later offers - drop it
    va_idx = va_idx[~np.isin(acct[va_idx], acct[tr_idx])]
    hgb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                         l2_regularization=0.5, random_state=i)
    hgb.fit(X.iloc[tr_idx], y.iloc[tr_idx])
    p = hgb.predict_proba(X.iloc[va_idx])[:, 1]
    base = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y.iloc[tr_idx])
    pb = base.predict_proba(X.iloc[va_idx])[:, 1]
    rows.append({
        "fold": i,
        "val_from": cli.snapshot_month.iloc[va_idx].min().strftime("%Y-%m"),
        "n_val": len(va_idx),
        "auc": roc_auc_score(y.iloc[va_idx], p),
        "brier": brier_score_loss(y.iloc[va_idx], p),
        "brier_baseline": brier_score_loss(y.iloc[va_idx], pb),
    })

res = pd.DataFrame(rows)
print(res.round(4).to_string(index=False))
print("\nmean AUC %.4f, mean Brier %.4f vs baseline %.4f" % (res.auc.mean(), res.brier.mean(), res.brier_baseline.mean()))
