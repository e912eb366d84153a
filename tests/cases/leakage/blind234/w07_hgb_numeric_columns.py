# conversion take-home -- quick gradient boosting model
# HistGradientBoosting is fast and deals with NaNs, so I just feed it every
# numeric column plus a few engineered ones.

import time

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

t0 = time.time()
df = pd.read_csv("train.csv")
df["session_ts"] = pd.to_datetime(df["session_ts"], utc=True)
df = df.sort_values("session_ts").reset_index(drop=True)

# --------------------------------------------------------------------------
# engineered features (all per-row or from earlier sessions of the visitor)
# --------------------------------------------------------------------------
df["hour"] = df.session_ts.dt.hour
df["is_weekend"] = (df.session_ts.dt.dayofweek >= 5).astype(int)
df["visit_idx"] = df.groupby("visitor_id").cumcount()
df["secs_per_page"] = df.session_duration_sec / df.pages_viewed.replace(0, np.nan)
df["searched"] = (df.search_count > 0).astype(int)
df["cart_per_view"] = df.cart_adds / df.product_views.replace(0, np.nan)
df["mobile"] = (df.device == "mobile").astype(int)
df["paid_traffic"] = df.traffic_source.isin(["cpc", "paid_social", "affiliate"]).astype(int)

# --------------------------------------------------------------------------
# split: train on Jan-Sep, evaluate on Oct-Dec sessions of visitors that
# never showed up before October
# --------------------------------------------------------------------------
cut = pd.Timestamp("2023-10-01", tz="UTC")
trn = df[df.session_ts < cut]
tst = df[df.session_ts >= cut]
tst = tst[~tst.visitor_id.isin(trn.visitor_id)]

target = "purchased"
num = df.select_dtypes(include=[np.number]).columns.drop([target, "visitor_id"])
print("features used:", list(num))

X_trn, y_trn = trn[num], trn[target]
X_tst, y_tst = tst[num], tst[target]
print("train:", X_trn.shape, "test:", X_tst.shape)


def summary(name, y, proba, thr=0.5):
    pred = (proba >= thr).astype(int)
    return dict(
        name=name,
        auc=round(roc_auc_score(y, proba), 4),
        ap=round(average_precision_score(y, proba), 4),
        precision=round(precision_score(y, pred, zero_division=0), 4),
        recall=round(recall_score(y, pred), 4),
    )


rows = []
base = DummyClassifier(strategy="prior").fit(X_trn, y_trn)
rows.append(summary("dummy_prior", y_tst, base.predict_proba(X_tst)[:, 1]))

hgb = HistGradientBoostingClassifier(
    learning_rate=0.06,
    max_iter=300,
    max_leaf_nodes=31,
    l2_regularization=0.5,
    class_weight="balanced",
    random_state=0,
)
hgb.fit(X_trn, y_trn)
proba = hgb.predict_proba(X_tst)[:, 1]
rows.append(summary("hist_gb", y_tst, proba))

print(pd.DataFrame(rows).to_string(index=False))

# where do the conversions land?
tst = tst.assign(score=proba)
print(tst.groupby("device")[["purchased", "score"]].mean().round(4))
print(tst.groupby("traffic_source")[["purchased", "score"]].mean().round(4))

# permutation importance is slow, so only on a sample
from sklearn.inspection import permutation_importance

sample = X_tst.sample(min(5000, len(X_tst)), random_state=0)
pi = permutation_importance(hgb, sample, y_tst.loc[sample.index], scoring="roc_auc",
                            n_repeats=3, random_state=0)
print(pd.Series(pi.importances_mean, index=num).sort_values(ascending=False).head(10).round(4))
print(f"done in {time.time() - t0:.1f}s")
