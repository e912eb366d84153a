"""Rating prediction on MovieLens-1M with user / movie profile features."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

ratings = pd.read_csv("data/ml-1m/ratings.dat", sep="::", engine="python",
                      names=["user_id", "movie_id", "rating", "ts"], usecols=[0, 1, 2])
users = pd.read_csv("data/ml-1m/users.dat", sep="::", engine="python",
                    names=["user_id", "gender", "age", "occupation", "zip"])
movies = pd.read_csv("data/ml-1m/movies.dat", sep="::", engine="python", encoding="latin-1",
                     names=["movie_id", "title", "genres"])

movies["year"] = movies["title"].str.extract(r"\((\d{4})\)\s*$").astype(float)
genre_dummies = movies["genres"].str.get_dummies(sep="|").add_prefix("g_")
movies = pd.concat([movies[["movie_id", "year"]], genre_dummies], axis=1)

users["is_male"] = (users["gender"] == "M").astype(int)
users = users[["user_id", "is_male", "age", "occupation"]]

df = ratings.merge(users, on="user_id").merge(movies, on="movie_id")

by_user = df.groupby("user_id")["rating"]
by_movie = df.groupby("movie_id")["rating"]
df["user_mean"] = by_user.transform("mean")
df["user_std"] = by_user.transform("std").fillna(0)
df["user_n"] = by_user.transform("size")
df["movie_mean"] = by_movie.transform("mean")
df["movie_n"] = by_movie.transform("size")

feature_cols = ["is_male", "age", "occupation", "year", "user_mean", "user_std", "user_n",
                "movie_mean", "movie_n"] + list(genre_dummies.columns)
X = df[feature_cols]
y = df["rating"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.1, random_state=1)

model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.1, max_leaf_nodes=63, random_state=1)
model.fit(X_train, y_train)
pred = np.clip(model.predict(X_test), 1, 5)

global_mean = np.full(len(y_test), y_train.mean())
print(f"RMSE  model={np.sqrt(mean_squared_error(y_test, pred)):.4f}  global-mean baseline={np.sqrt(mean_squared_error(y_test, global_mean)):.4f}")
print(f"MAE   model={mean_absolute_error(y_test, pred):.4f}  global-mean baseline={mean_absolute_error(y_test, global_mean):.4f}")
