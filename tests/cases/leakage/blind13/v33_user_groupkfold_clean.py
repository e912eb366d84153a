"""Will a shown recommendation be clicked? (impressions log, one row per impression)

Evaluated on unseen users: folds are grouped by user_id, and the item click-rate
encoding is rebuilt inside every fold from that fold's training users.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

imp = pd.read_parquet("impressions.parquet")
print(imp.shape, imp["clicked"].mean())
print("impressions per user:")
print(imp.groupby("user_id").size().describe())

imp["slot_log"] = np.log1p(imp["slot_position"])
imp["is_mobile"] = (imp["device"] == "mobile").astype(int)
imp["item_age_days_log"] = np.log1p(imp["item_age_days"])

BASE = ["slot_log", "is_mobile", "item_age_days_log", "item_price", "user_tenure_days"]


def item_ctr(train_rows, alpha=50):
    prior = train_rows["clicked"].mean()
    g = train_rows.groupby("item_id")["clicked"].agg(["sum", "count"])
    return (g["sum"] + alpha * prior) / (g["count"] + alpha), prior


gkf = GroupKFold(n_splits=5)
oof = np.zeros(len(imp))
for k, (tr, va) in enumerate(gkf.split(imp, imp["clicked"], groups=imp["user_id"])):
    tr_df, va_df = imp.iloc[tr].copy(), imp.iloc[va].copy()
    ctr, prior = item_ctr(tr_df)
    tr_df["item_ctr"] = tr_df["item_id"].map(ctr)
    va_df["item_ctr"] = va_df["item_id"].map(ctr).fillna(prior)
    feats = BASE + ["item_ctr"]
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
    clf.fit(tr_df[feats], tr_df["clicked"])
    oof[va] = clf.predict_proba(va_df[feats])[:, 1]
    print(k, "users in val:", va_df["user_id"].nunique(),
          "auc %.4f" % roc_auc_score(va_df["clicked"], oof[va]))

print("OOF AUC     :", round(roc_auc_score(imp["clicked"], oof), 4))
print("OOF logloss :", round(log_loss(imp["clicked"], oof), 4))
