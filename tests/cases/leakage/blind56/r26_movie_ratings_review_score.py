"""Rating prediction: HistGradientBoosting on item metadata + user/movie history.

Validation: random 20% of ratings. Baseline: predict the training mean rating.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


def history_tables(frame):
    user = frame.groupby("user_id")["rating"].agg(["mean", "count"]).add_prefix("u_")
    movie = frame.groupby("movie_id")["rating"].agg(["mean", "count"]).add_prefix("m_")
    return user, movie


def make_features(frame, user, movie):
    out = pd.DataFrame(index=frame.index)
    out["year"] = frame["year"]
    out["runtime_min"] = frame["runtime_min"]
    out["review_score"] = frame["review_score"]
    out = out.join(frame[["user_id"]].join(user, on="user_id").drop(columns="user_id"))
    out = out.join(frame[["movie_id"]].join(movie, on="movie_id").drop(columns="movie_id"))
    top_genres = ["Drama", "Comedy", "Action", "Thriller", "Romance", "Horror", "Sci-Fi", "Animation"]
    for g in top_genres:
        out[f"is_{g.lower()}"] = frame["genres"].fillna("").str.contains(g, regex=False).astype(int)
    return out


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(df.shape, test.shape)
    print(df[["rating", "review_score"]].describe())

    trn, val = train_test_split(df, test_size=0.2, random_state=11)
    user, movie = history_tables(trn)
    X_trn = make_features(trn, user, movie)
    X_val = make_features(val, user, movie)

    model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=63,
                                          l2_regularization=1.0, random_state=11)
    model.fit(X_trn, trn["rating"])
    pred = np.clip(model.predict(X_val), 1, 5)

    print("baseline (train mean) RMSE:", round(rmse(val["rating"], np.full(len(val), trn["rating"].mean())), 4))
    print("HGB RMSE                  :", round(rmse(val["rating"], pred), 4))

    err = val.assign(err=(pred - val["rating"]) ** 2)
    print(err.groupby("rating")["err"].mean().pow(0.5).round(3))

    user_all, movie_all = history_tables(df)
    model.fit(make_features(df, user_all, movie_all), df["rating"])
    test_pred = np.clip(model.predict(make_features(test, user_all, movie_all)), 1, 5)
    pd.DataFrame({"rating_id": test["rating_id"], "prediction": test_pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
