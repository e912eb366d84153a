"""Search ranking with a text-match feature.

Cosine similarity between the query text and the item title (TF-IDF, word
1-2 grams) is added to the usual item features; LambdaRank on top.
NDCG@10 on the last 20% of searches, against the displayed order.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import ndcg_score
from sklearn.preprocessing import normalize

TARGET = "clicked_or_booked"

df = pd.read_csv("train.csv", parse_dates=["search_time"])
df["query_text"] = df["query_text"].fillna("").str.lower()
df["item_title"] = df["item_title"].fillna("").str.lower()
print(df.shape)
print(df[["query_text", "item_title", TARGET]].sample(8, random_state=1))

vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True)
vectorizer.fit(pd.concat([df["query_text"], df["item_title"]]))
print("vocabulary size:", len(vectorizer.vocabulary_))


def text_match(frame):
    q = normalize(vectorizer.transform(frame["query_text"]))
    t = normalize(vectorizer.transform(frame["item_title"]))
    return np.asarray(q.multiply(t).sum(axis=1)).ravel()


def base_features(frame):
    frame = frame.copy()
    frame["log_price"] = np.log1p(frame["price"])
    frame["log_reviews"] = np.log1p(frame["review_count"])
    frame["rating"] = frame["rating"].fillna(0)
    frame["is_promoted"] = frame["is_promoted"].astype(int)
    frame["title_len"] = frame["item_title"].str.split().str.len()
    frame["text_sim"] = text_match(frame)
    return frame


df = base_features(df)
print(df.groupby(pd.qcut(df["text_sim"], 5, duplicates="drop"))[TARGET].mean())

FEATURES = ["position", "log_price", "rating", "log_reviews", "distance_km",
            "is_promoted", "query_len", "title_len", "text_sim"]

df = df.sort_values("search_time")
cutoff = df["search_time"].quantile(0.8)
train = df[df["search_time"] < cutoff]
test = df[df["search_time"] >= cutoff]
test = test[~test["query_id"].isin(train["query_id"])]
train = train.sort_values(["query_id", "position"])
test = test.sort_values(["query_id", "position"]).copy()

ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=400, learning_rate=0.05,
                        num_leaves=31, min_child_samples=40, random_state=37)
ranker.fit(train[FEATURES], train[TARGET],
           group=train.groupby("query_id", sort=False).size().to_numpy())


def mean_ndcg(frame, col, k=10):
    vals = [ndcg_score([g[TARGET].to_numpy()], [g[col].to_numpy()], k=k)
            for _, g in frame.groupby("query_id") if len(g) > 1 and g[TARGET].max() > 0]
    return float(np.mean(vals))


test["model"] = ranker.predict(test[FEATURES])
test["baseline_display_order"] = -test["position"]
test["baseline_text_sim"] = test["text_sim"]
for col in ["baseline_display_order", "baseline_text_sim", "model"]:
    print(f"NDCG@10 {col:<24}{mean_ndcg(test, col):.4f}")

sub = pd.read_csv("test.csv", parse_dates=["search_time"])
sub["query_text"] = sub["query_text"].fillna("").str.lower()
sub["item_title"] = sub["item_title"].fillna("").str.lower()
sub = base_features(sub)
sub["prediction"] = ranker.predict(sub[FEATURES])
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
