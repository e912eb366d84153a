"""Marketplace search ranking take-home.

Rank the items shown for a query so that clicked / booked items come first.
Label: clicked_or_booked (0 = ignored, 1 = clicked, 2 = booked).
Model: LightGBM LambdaRank, evaluated with NDCG@10 on the most recent searches.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
PRIOR_SMOOTHING = 20

df = pd.read_csv("train.csv", parse_dates=["search_time"])
print(df.shape)
print(df.head())
print(df[TARGET].value_counts(normalize=True).sort_index())
print("queries:", df["query_id"].nunique(), "items:", df["item_id"].nunique())
print(df.groupby("query_id").size().describe())

# --- stateless row features -------------------------------------------------
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

# --- split on time: last 20% of searches is the test period ------------------
df = df.sort_values("search_time").reset_index(drop=True)
cutoff = df["search_time"].quantile(0.8)
train = df[df["search_time"] < cutoff]
test = df[df["search_time"] >= cutoff]
test = test[~test["query_id"].isin(train["query_id"])]

# validation = last part of the training period, used for early stopping
val_cut = train["search_time"].quantile(0.85)
fit = train[train["search_time"] < val_cut]
val = train[train["search_time"] >= val_cut]
val = val[~val["query_id"].isin(fit["query_id"])]
print(f"fit {len(fit)}  val {len(val)}  test {len(test)}")

# --- item priors from the fitting rows ---------------------------------------
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

priors, g_click, g_book = item_priors(fit)

def attach_priors(frame):
    frame = frame.merge(priors, left_on="item_id", right_index=True, how="left")
    frame["item_ctr"] = frame["item_ctr"].fillna(g_click)
    frame["item_book_rate"] = frame["item_book_rate"].fillna(g_book)
    frame["item_impressions"] = frame["item_impressions"].fillna(0)
    return frame.sort_values(["query_id", "position"]).reset_index(drop=True)

fit, val, test = attach_priors(fit), attach_priors(val), attach_priors(test)

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
    fit[FEATURES], fit[TARGET], group=group_sizes(fit),
    eval_set=[(val[FEATURES], val[TARGET])], eval_group=[group_sizes(val)],
    eval_at=[10],
    callbacks=[lgb.early_stopping(50), lgb.log_evaluation(100)],
)
print("best iteration:", ranker.best_iteration_)

# --- evaluation ---------------------------------------------------------------
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

imp = pd.Series(ranker.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)

# --- submission -----------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["search_time"])
sub = attach_priors(add_row_features(sub))
sub["prediction"] = ranker.predict(sub[FEATURES], num_iteration=ranker.best_iteration_)
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", sub.shape)
