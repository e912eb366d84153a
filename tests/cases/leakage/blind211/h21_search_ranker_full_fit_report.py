"""Search ranking take-home -- LambdaRank trained on the full training file.

I fit on every labelled query and report NDCG of the fitted ranker next to the
order in which results were originally shown.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
FEATURES = [
    "position", "log_price", "rating", "log_reviews", "distance_km",
    "is_promoted", "query_len", "hour", "weekday", "rating_missing",
]


def prepare(frame):
    frame = frame.copy()
    frame["log_price"] = np.log1p(frame["price"])
    frame["log_reviews"] = np.log1p(frame["review_count"])
    frame["rating_missing"] = frame["rating"].isna().astype(int)
    frame["rating"] = frame["rating"].fillna(0)
    frame["is_promoted"] = frame["is_promoted"].astype(int)
    frame["hour"] = frame["search_time"].dt.hour
    frame["weekday"] = frame["search_time"].dt.weekday
    return frame.sort_values(["query_id", "position"]).reset_index(drop=True)


train = prepare(pd.read_csv("train.csv", parse_dates=["search_time"]))
print(train.shape)
print(train[TARGET].value_counts().sort_index())
print("first search", train["search_time"].min(), "last", train["search_time"].max())
print(train.groupby("position")[TARGET].mean().head(15).round(3))

groups = train.groupby("query_id", sort=False).size().to_numpy()
print("queries:", len(groups), "mean list length:", groups.mean().round(2))

ranker = lgb.LGBMRanker(
    objective="lambdarank",
    n_estimators=300,
    learning_rate=0.05,
    num_leaves=31,
    min_child_samples=50,
    label_gain=[0, 1, 3],
    random_state=21,
)
ranker.fit(train[FEATURES], train[TARGET], group=groups)


def ndcg_table(frame, cols, ks=(1, 5, 10)):
    rows = []
    for col in cols:
        row = {"ranker": col}
        for k in ks:
            vals = [ndcg_score([g[TARGET].to_numpy()], [g[col].to_numpy()], k=k)
                    for _, g in frame.groupby("query_id") if len(g) > 1 and g[TARGET].max() > 0]
            row[f"ndcg@{k}"] = np.mean(vals)
        rows.append(row)
    return pd.DataFrame(rows).set_index("ranker").round(4)


train["lambdarank"] = ranker.predict(train[FEATURES])
train["baseline_shown_order"] = -train["position"]
train["baseline_rating"] = train["rating"] * np.log1p(train["review_count"])
print(ndcg_table(train, ["lambdarank", "baseline_shown_order", "baseline_rating"]))

imp = pd.Series(ranker.booster_.feature_importance("gain"), index=FEATURES)
print((imp / imp.sum()).sort_values(ascending=False).round(3))

test = prepare(pd.read_csv("test.csv", parse_dates=["search_time"]))
test["prediction"] = ranker.predict(test[FEATURES])
test[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote", len(test), "predictions")
