import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_squared_error

ratings = pd.read_csv("ml-1m/ratings.csv")
movies = pd.read_csv("ml-1m/movies.csv")
ratings = ratings.merge(movies[["movie_id", "year"]], on="movie_id")

ratings["user_mean"] = ratings.groupby("user_id")["rating"].transform("mean")
ratings["user_count"] = ratings.groupby("user_id")["rating"].transform("count")
ratings["movie_mean"] = ratings.groupby("movie_id")["rating"].transform("mean")
ratings["movie_count"] = ratings.groupby("movie_id")["rating"].transform("count")

features = ["user_mean", "user_count", "movie_mean", "movie_count", "year"]
X_train, X_test, y_train, y_test = train_test_split(ratings[features], ratings["rating"], test_size=0.1, random_state=3)
model = HistGradientBoostingRegressor(max_iter=300)
model.fit(X_train, y_train)
print("RMSE", np.sqrt(mean_squared_error(y_test, model.predict(X_test))))
