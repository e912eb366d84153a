# Movie ratings with surprise SVD.
# Tried a couple of factor sizes, kept the one with the lowest RMSE.
import numpy as np
import pandas as pd
from surprise import Dataset, Reader, SVD, accuracy

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
print("test movies seen in train:", round(test["movie_id"].isin(ratings["movie_id"]).mean(), 3))

reader = Reader(rating_scale=(1, 5))
data = Dataset.load_from_df(ratings[["user_id", "movie_id", "rating"]], reader)
trainset = data.build_full_trainset()

best = None
for n_factors in (50, 100, 200):
    algo = SVD(n_factors=n_factors, n_epochs=30, lr_all=0.007, reg_all=0.04, random_state=SEED)
    algo.fit(trainset)
    preds = algo.test(trainset.build_testset())
    score = accuracy.rmse(preds, verbose=False)
    mae = accuracy.mae(preds, verbose=False)
    print(f"n_factors={n_factors:4d}  RMSE={score:.4f}  MAE={mae:.4f}")
    if best is None or score < best[0]:
        best = (score, n_factors, algo)

print("chosen n_factors:", best[1], "RMSE", round(best[0], 4))
algo = best[2]

# error by true rating, to see whether extremes are shrunk towards the mean
check = pd.DataFrame([(p.r_ui, p.est) for p in algo.test(trainset.build_testset())], columns=["y", "p"])
print(check.groupby("y").apply(lambda g: np.sqrt(((g["y"] - g["p"]) ** 2).mean())).round(3))

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
print(out.describe())
