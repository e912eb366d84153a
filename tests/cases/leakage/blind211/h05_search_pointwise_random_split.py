# Search ranking take-home -- pointwise LightGBM classifier, ranked per query.
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, ndcg_score

TARGET = "clicked_or_booked"

df = pd.read_csv("train.csv", parse_dates=["search_time"])
print(df.shape)
print(df.dtypes)
print(df[TARGET].value_counts().sort_index())

# positive = any engagement (click or booking)
df["engaged"] = (df[TARGET] > 0).astype(int)
print("engagement rate", df["engaged"].mean())

# how does engagement decay with position?
print(df.groupby("position")["engaged"].mean().head(20))

df["log_price"] = np.log1p(df["price"])
df["log_reviews"] = np.log1p(df["review_count"])
df["hour"] = df["search_time"].dt.hour
df["weekday"] = df["search_time"].dt.weekday
df["rating"] = df["rating"].fillna(0)
df["is_promoted"] = df["is_promoted"].astype(int)
df["price_per_km"] = df["price"] / (df["distance_km"] + 1)

FEATURES = [
    "position", "log_price", "rating", "log_reviews", "distance_km",
    "is_promoted", "query_len", "hour", "weekday", "price_per_km",
]

train, test = train_test_split(df, test_size=0.2, random_state=42)
print(len(train), len(test))

model = LGBMClassifier(
    n_estimators=400,
    learning_rate=0.05,
    num_leaves=63,
    min_child_samples=40,
    colsample_bytree=0.8,
    random_state=42,
)
model.fit(train[FEATURES], train["engaged"])

test = test.copy()
test["score"] = model.predict_proba(test[FEATURES])[:, 1]
test["baseline"] = -test["position"]


def ndcg_by_query(frame, col, k=10):
    out = []
    for _, g in frame.groupby("query_id"):
        if len(g) < 2 or g[TARGET].max() == 0:
            continue
        out.append(ndcg_score([g[TARGET].values], [g[col].values], k=k))
    return np.mean(out), len(out)


auc = roc_auc_score(test["engaged"], test["score"])
ndcg_model, nq = ndcg_by_query(test, "score")
ndcg_base, _ = ndcg_by_query(test, "baseline")
print(f"AUC (engaged)          : {auc:.4f}")
print(f"NDCG@10 model          : {ndcg_model:.4f}  over {nq} queries")
print(f"NDCG@10 position order : {ndcg_base:.4f}  (baseline)")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)

# refit on everything for the submission
model.fit(df[FEATURES], df["engaged"])
sub = pd.read_csv("test.csv", parse_dates=["search_time"])
sub["log_price"] = np.log1p(sub["price"])
sub["log_reviews"] = np.log1p(sub["review_count"])
sub["hour"] = sub["search_time"].dt.hour
sub["weekday"] = sub["search_time"].dt.weekday
sub["rating"] = sub["rating"].fillna(0)
sub["is_promoted"] = sub["is_promoted"].astype(int)
sub["price_per_km"] = sub["price"] / (sub["distance_km"] + 1)
sub["prediction"] = model.predict_proba(sub[FEATURES])[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
