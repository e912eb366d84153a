# Movie ratings with surprise: 5-fold CV of SVD / SVD++ against the BaselineOnly model.
import numpy as np
import pandas as pd
from surprise import Dataset, Reader, SVD, SVDpp, BaselineOnly
from surprise.model_selection import KFold, cross_validate

SEED = 0


def describe(ratings):
    n_users = ratings["user_id"].nunique()
    n_movies = ratings["movie_id"].nunique()
    density = len(ratings) / (n_users * n_movies)
    print(f"{len(ratings)} ratings | {n_users} users | {n_movies} movies | density {density:.4%}")
    print("rating distribution:")
    print(ratings["rating"].value_counts(normalize=True).sort_index().round(3).to_string())
    per_user = ratings.groupby("user_id").size()
    print("ratings per user: median", per_user.median(), "| min", per_user.min(), "| max", per_user.max())


def predict_frame(algo, frame):
    return np.array([algo.predict(u, m).est for u, m in zip(frame["user_id"], frame["movie_id"])])


ratings = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
describe(ratings)
print("test users seen in train:", round(test["user_id"].isin(ratings["user_id"]).mean(), 3))

reader = Reader(rating_scale=(1, 5))
data = Dataset.load_from_df(ratings[["user_id", "movie_id", "rating"]], reader)
folds = KFold(n_splits=5, random_state=SEED, shuffle=True)

candidates = {
    "baseline_only": BaselineOnly(bsl_options={"method": "als", "n_epochs": 10, "reg_u": 15, "reg_i": 10}),
    "svd_50": SVD(n_factors=50, n_epochs=30, lr_all=0.007, reg_all=0.04, random_state=SEED),
    "svd_100": SVD(n_factors=100, n_epochs=30, lr_all=0.007, reg_all=0.05, random_state=SEED),
    "svdpp_20": SVDpp(n_factors=20, n_epochs=20, random_state=SEED),
}

summary = {}
for name, algo in candidates.items():
    res = cross_validate(algo, data, measures=["RMSE", "MAE"], cv=folds, verbose=False)
    summary[name] = {"rmse": res["test_rmse"].mean(), "rmse_std": res["test_rmse"].std(), "mae": res["test_mae"].mean()}
    print(f"{name:14s} RMSE {summary[name]['rmse']:.4f} (+-{summary[name]['rmse_std']:.4f})  MAE {summary[name]['mae']:.4f}")

table = pd.DataFrame(summary).T.sort_values("rmse")
print(table)
best_name = table.index[0]
print("using", best_name, "- improvement over baseline_only:",
      round(table.loc["baseline_only", "rmse"] - table.loc[best_name, "rmse"], 4))

algo = candidates[best_name]
algo.fit(data.build_full_trainset())
# sanity check: top-5 unseen movies for the most active user
user = ratings["user_id"].value_counts().index[0]
seen = set(ratings.loc[ratings["user_id"] == user, "movie_id"])
unseen = [m for m in ratings["movie_id"].unique() if m not in seen]
top5 = sorted(((algo.predict(user, m).est, m) for m in unseen), reverse=True)[:5]
print("top-5 for user", user, ":", [(m, round(s, 2)) for s, m in top5])
out = pd.DataFrame({"rating_id": test["rating_id"], "prediction": predict_frame(algo, test)})
out.to_csv("predictions.csv", index=False)
assert out["rating_id"].is_unique and len(out) == len(test)
assert out["prediction"].between(1, 5).all()
print(out["prediction"].describe())
