"""Search ranking take-home: LambdaRank with item priors, NDCG@10 on the last searches."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
PRIOR_SMOOTHING = 20

df = pd.read_csv("train.csv", parse_dates=["search_time"])
print(df.shape)
print(df[TARGET].value_counts(normalize=True).sort_index())
print("queries:", df["query_id"].nunique(), "items:", df["item_id"].nunique())
print(df.groupby("query_id").size().describe())
print(df.isna().mean().sort_values(ascending=False).head())


def add_row_features(frame):
    frame = frame.copy()
    frame["log_price"] = np.log1p(frame["price"])
    frame["log_reviews"] = np.log1p(frame["review_count"])
    frame["hour"] = frame["search_time"].dt.hour
    frame["weekday"] = frame["search_time"].dt.weekday
    frame["is_promoted"] = frame["is_promoted"].astype(int)
    frame["rating"] = frame["rating"].fillna(0)
    return frame


df = add_row_features(df)

df = df.sort_values("search_time").reset_index(drop=True)
cutoff = df["search_time"].quantile(0.8)
train = df[df["search_time"] < cutoff]
test = df[df["search_time"] >= cutoff]
test = test[~test["query_id"].isin(train["query_id"])]
print(f"train {len(train)}  test {len(test)}")


def item_priors(rows):
    global_click = (rows[TARGET] > 0).mean()
    global_book = (rows[TARGET] == 2).mean()
    agg = rows.groupby("item_id").agg(
        n=(TARGET, "size"),
        clicks=(TARGET, lambda s: (s > 0).sum()),
        books=(TARGET, lambda s: (s == 2).sum()),
    )
    agg["item_ctr"] = (agg["clicks"] + PRIOR_SMOOTHING * global_click) / (agg["n"] + PRIOR_SMOOTHING)
    agg["item_book_rate"] = (agg["books"] + PRIOR_SMOOTHING * global_book) / (agg["n"] + PRIOR_SMOOTHING)
    agg["item_impressions"] = agg["n"]
    return agg[["item_ctr", "item_book_rate", "item_impressions"]], global_click, global_book


priors, g_click, g_book = item_priors(train)


def attach_priors(frame):
    frame = frame.merge(priors, left_on="item_id", right_index=True, how="left")
    frame["item_ctr"] = frame["item_ctr"].fillna(g_click)
    frame["item_book_rate"] = frame["item_book_rate"].fillna(g_book)
    frame["item_impressions"] = frame["item_impressions"].fillna(0)
    return frame.sort_values(["query_id", "position"]).reset_index(drop=True)


train, test = attach_priors(train), attach_priors(test)

FEATURES = [
    "position", "log_price", "rating", "log_reviews", "distance_km",
    "is_promoted", "query_len", "hour", "weekday",
    "item_ctr", "item_book_rate", "item_impressions",
]


def group_sizes(frame):
    return frame.groupby("query_id", sort=False).size().to_numpy()


ranker = lgb.LGBMRanker(
    objective="lambdarank",
    n_estimators=1000,
    learning_rate=0.05,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    random_state=7,
)
ranker.fit(
    train[FEATURES], train[TARGET], group=group_sizes(train),
    eval_set=[(test[FEATURES], test[TARGET])], eval_group=[group_sizes(test)],
    eval_at=[10],
    callbacks=[lgb.early_stopping(50), lgb.log_evaluation(100)],
)
print("best iteration:", ranker.best_iteration_)


def mean_ndcg(frame, score_col, k=10):
    scores = []
    for _, g in frame.groupby("query_id"):
        if len(g) < 2 or g[TARGET].max() == 0:
            continue
        scores.append(ndcg_score([g[TARGET].to_numpy()], [g[score_col].to_numpy()], k=k))
    return float(np.mean(scores))


test["model_score"] = ranker.predict(test[FEATURES], num_iteration=ranker.best_iteration_)
test["popularity_score"] = test["item_impressions"] * test["item_ctr"]
test["display_order"] = -test["position"]

print("NDCG@10 model              :", round(mean_ndcg(test, "model_score"), 4))
print("NDCG@10 popularity baseline:", round(mean_ndcg(test, "popularity_score"), 4))
print("NDCG@10 display-order base :", round(mean_ndcg(test, "display_order"), 4))
print("NDCG@5  model              :", round(mean_ndcg(test, "model_score", k=5), 4))

imp = pd.Series(ranker.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)

sub = pd.read_csv("test.csv", parse_dates=["search_time"])
sub = attach_priors(add_row_features(sub))
sub["prediction"] = ranker.predict(sub[FEATURES], num_iteration=ranker.best_iteration_)
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", sub.shape)
