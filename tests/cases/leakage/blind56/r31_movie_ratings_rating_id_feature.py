"""Rating regression with XGBoost.

All numeric columns are used as-is, plus genre flags and a few user / movie
statistics computed on the training fold.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

TARGET = "rating"
DROP = [TARGET, "review_score", "genres"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.head())
print(df.dtypes)

keep_genres = ["Drama", "Comedy", "Action", "Thriller", "Romance", "Adventure",
               "Crime", "Horror", "Sci-Fi", "Animation", "Documentary", "Fantasy"]


def genre_flags(frame):
    g = frame["genres"].fillna("").str.get_dummies(sep="|")
    return g.reindex(columns=keep_genres, fill_value=0).add_prefix("genre_")


def add_stats(frame, ref):
    u = ref.groupby("user_id")[TARGET].agg(["mean", "count"]).add_prefix("user_")
    m = ref.groupby("movie_id")[TARGET].agg(["mean", "count"]).add_prefix("movie_")
    out = frame.join(u, on="user_id").join(m, on="movie_id")
    return out


def design(frame, ref):
    base = add_stats(frame, ref)
    X = base.drop(columns=[c for c in DROP if c in base.columns])
    X = X.select_dtypes("number")
    return pd.concat([X, genre_flags(frame)], axis=1)


trn, val = train_test_split(df, test_size=0.2, random_state=3)
X_trn = design(trn, trn)
X_val = design(val, trn)
print("columns:", list(X_trn.columns))

params = dict(n_estimators=800, learning_rate=0.03, max_depth=7, subsample=0.8,
              colsample_bytree=0.8, min_child_weight=5, random_state=3)
reg = xgb.XGBRegressor(**params)
reg.fit(X_trn, trn[TARGET])
pred = np.clip(reg.predict(X_val), 1, 5)
print("validation RMSE:", round(float(np.sqrt(mean_squared_error(val[TARGET], pred))), 4))

imp = pd.Series(reg.feature_importances_, index=X_trn.columns).sort_values(ascending=False)
print(imp.head(10))

reg = xgb.XGBRegressor(**params).fit(design(df, df), df[TARGET])
X_test = design(test, df).reindex(columns=X_trn.columns, fill_value=0)
pd.DataFrame({"rating_id": test["rating_id"], "prediction": np.clip(reg.predict(X_test), 1, 5)}).to_csv(
    "predictions.csv", index=False
)
