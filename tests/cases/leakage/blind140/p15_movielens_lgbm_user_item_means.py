"""Rating prediction on MovieLens 100k with gradient boosting on hand-made features.

Features: user / item rating statistics, user demographics, movie genres and year.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

GENRES = ["unknown", "Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
          "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
          "Romance", "Sci-Fi", "Thriller", "War", "Western"]

ratings = pd.read_csv("ml-100k/u.data", sep="\t", names=["user_id", "item_id", "rating", "ts"])
users = pd.read_csv("ml-100k/u.user", sep="|", names=["user_id", "age", "gender", "occupation", "zip"])
items = pd.read_csv("ml-100k/u.item", sep="|", encoding="latin-1",
                    names=["item_id", "title", "release_date", "video_date", "url"] + GENRES)

items["year"] = pd.to_datetime(items["release_date"], errors="coerce").dt.year
users["gender"] = (users["gender"] == "M").astype(int)
users["occupation"] = users["occupation"].astype("category")

# --- collaborative statistics ------------------------------------------------
user_stats = ratings.groupby("user_id")["rating"].agg(
    user_mean="mean", user_std="std", user_n="count").reset_index()
item_stats = ratings.groupby("item_id")["rating"].agg(
    item_mean="mean", item_std="std", item_n="count").reset_index()

df = (ratings
      .merge(user_stats, on="user_id")
      .merge(item_stats, on="item_id")
      .merge(users[["user_id", "age", "gender", "occupation"]], on="user_id")
      .merge(items[["item_id", "year"] + GENRES], on="item_id"))
df[["user_std", "item_std"]] = df[["user_std", "item_std"]].fillna(0)

features = ["user_mean", "user_std", "user_n", "item_mean", "item_std", "item_n",
            "age", "gender", "occupation", "year"] + GENRES
X, y = df[features], df["rating"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.1, random_state=0)

model = lgb.LGBMRegressor(n_estimators=2000, learning_rate=0.03, num_leaves=63,
                          min_child_samples=50, subsample=0.8, subsample_freq=1,
                          colsample_bytree=0.8)
model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], eval_metric="rmse",
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])

pred = np.clip(model.predict(X_test), 1, 5)
rmse = mean_squared_error(y_test, pred) ** 0.5
baseline = np.full(len(y_test), y_train.mean())
rmse_base = mean_squared_error(y_test, baseline) ** 0.5
print(f"global-mean baseline RMSE: {rmse_base:.4f}")
print(f"LightGBM RMSE: {rmse:.4f}  MAE: {mean_absolute_error(y_test, pred):.4f}")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))
