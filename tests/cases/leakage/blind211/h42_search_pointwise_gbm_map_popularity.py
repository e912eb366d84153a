"""Search ranking take-home: pointwise gradient boosting, MAP@10 / NDCG@10.

Binary objective on "engaged" (click or booking), booking rows weighted up,
then results of each query sorted by predicted probability. A popularity
ranking (engagements per item in the training period) is the reference.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
BOOKING_WEIGHT = 3.0


def featurize(frame):
    out = frame.copy()
    out["log_price"] = np.log1p(out["price"])
    out["log_reviews"] = np.log1p(out["review_count"])
    out["rating"] = out["rating"].fillna(0)
    out["is_promoted"] = out["is_promoted"].astype(int)
    out["hour"] = out["search_time"].dt.hour
    out["weekday"] = out["search_time"].dt.weekday
    out["first_page"] = (out["position"] <= 10).astype(int)
    return out


def ap_at_k(labels, scores, k=10):
    order = np.argsort(-scores)[:k]
    rel = (labels[order] > 0).astype(float)
    if labels.max() == 0:
        return np.nan
    hits = np.cumsum(rel)
    precisions = hits / (np.arange(len(rel)) + 1)
    return float((precisions * rel).sum() / min((labels > 0).sum(), k))


def ranking_metrics(frame, score_col, k=10):
    aps, ndcgs = [], []
    for _, g in frame.groupby("query_id"):
        y = g[TARGET].to_numpy()
        s = g[score_col].to_numpy()
        if len(g) < 2 or y.max() == 0:
            continue
        aps.append(ap_at_k(y, s, k))
        ndcgs.append(ndcg_score([y], [s], k=k))
    return {"MAP@%d" % k: np.mean(aps), "NDCG@%d" % k: np.mean(ndcgs), "queries": len(aps)}


df = featurize(pd.read_csv("train.csv", parse_dates=["search_time"]))
print(df.shape)
print(df[TARGET].value_counts().sort_index())
print(df[["price", "rating", "review_count", "distance_km"]].describe().round(2))

FEATURES = ["position", "first_page", "log_price", "rating", "log_reviews", "distance_km",
            "is_promoted", "query_len", "hour", "weekday"]

df = df.sort_values("search_time")
cutoff = df["search_time"].quantile(0.8)
train = df[df["search_time"] < cutoff]
test = df[df["search_time"] >= cutoff]
test = test[~test["query_id"].isin(train["query_id"])].copy()

y_train = (train[TARGET] > 0).astype(int)
weights = np.where(train[TARGET] == 2, BOOKING_WEIGHT, 1.0)

clf = LGBMClassifier(n_estimators=500, learning_rate=0.04, num_leaves=63,
                     min_child_samples=60, colsample_bytree=0.8, random_state=34)
clf.fit(train[FEATURES], y_train, sample_weight=weights)

test["score"] = clf.predict_proba(test[FEATURES])[:, 1]
item_engagement = train.groupby("item_id")[TARGET].apply(lambda s: (s > 0).sum())
test["popularity"] = test["item_id"].map(item_engagement).fillna(0)
for k in (5, 10):
    print("model               ", ranking_metrics(test, "score", k))
    print("popularity baseline ", ranking_metrics(test, "popularity", k))

sub = featurize(pd.read_csv("test.csv", parse_dates=["search_time"]))
sub["prediction"] = clf.predict_proba(sub[FEATURES])[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved predictions.csv")
