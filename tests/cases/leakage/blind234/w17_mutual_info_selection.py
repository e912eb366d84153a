"""
Conversion -- wide feature set + mutual-information selection.

I generate a lot of candidate features (interactions, ratios, one-hots) and
let mutual information keep the useful ones before training.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

np.random.seed(5)
TARGET = "purchased"
K = 25

raw = pd.read_csv("train.csv", parse_dates=["session_ts"])
raw = raw.sort_values(["visitor_id", "session_ts"]).reset_index(drop=True)

base_num = ["pages_viewed", "product_views", "search_count", "cart_adds",
            "session_duration_sec", "discount_banner_seen", "is_logged_in"]

F = raw[base_num].fillna(0).copy()
F["visit_n"] = raw.groupby("visitor_id").cumcount()
F["hour"] = raw.session_ts.dt.hour
F["dow"] = raw.session_ts.dt.dayofweek
F["is_weekend"] = (F["dow"] >= 5).astype(int)
# pairwise products / ratios of the behavioural counters
for i, a in enumerate(base_num[:5]):
    for b in base_num[i + 1:5]:
        F[f"{a}_x_{b}"] = F[a] * F[b]
        F[f"{a}_per_{b}"] = F[a] / (F[b] + 1)
F = pd.concat([F, pd.get_dummies(raw[["device", "traffic_source", "country", "landing_page_type"]],
                                 dtype=float)], axis=1)
print("candidate features:", F.shape[1])

selector = SelectKBest(mutual_info_classif, k=K)
selector.fit(F, raw[TARGET])
kept = F.columns[selector.get_support()]
mi = pd.Series(selector.scores_, index=F.columns).sort_values(ascending=False)
print("top MI:\n", mi.head(K).round(5))

# time split, new visitors only on the right-hand side
cut = pd.Timestamp("2023-10-01")
left = raw.session_ts < cut
seen = raw.loc[left, "visitor_id"].unique()
right = (~left) & (~raw.visitor_id.isin(seen))

X_tr, y_tr = F.loc[left, kept], raw.loc[left, TARGET]
X_te, y_te = F.loc[right, kept], raw.loc[right, TARGET]
print("train", X_tr.shape, "test", X_te.shape)


def show(tag, y, p):
    thr = np.quantile(p, 0.95)
    print(f"{tag:<10} AUC={roc_auc_score(y, p):.4f}  AP={average_precision_score(y, p):.4f}  "
          f"F1@top5%={f1_score(y, (p >= thr).astype(int)):.4f}")


dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
show("baseline", y_te, dummy.predict_proba(X_te)[:, 1])

gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                 subsample=0.8, random_state=5)
gbm.fit(X_tr, y_tr)
p_te = gbm.predict_proba(X_te)[:, 1]
show("gbm", y_te, p_te)

imp = pd.Series(gbm.feature_importances_, index=kept).sort_values(ascending=False)
print(imp.round(4))
