"""Movie box office model: encodings learned on the training movies only."""
import json
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import PolynomialFeatures
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error

SEED = 11
SMOOTH = 20


def first_name(js):
    try:
        items = json.loads(js)
        return items[0]["name"] if items else "none"
    except (TypeError, ValueError):
        return "none"


def prepare(path):
    m = pd.read_csv(path)
    m = m[m["revenue"] > 1000].copy()
    m["log_rev"] = np.log1p(m["revenue"])
    m["log_budget"] = np.log1p(m["budget"].replace(0, np.nan))
    m["main_genre"] = m["genres"].map(first_name)
    m["release_date"] = pd.to_datetime(m["release_date"], errors="coerce")
    m["rel_year"] = m["release_date"].dt.year.fillna(2000)
    m["rel_month"] = m["release_date"].dt.month.fillna(6)
    m["has_collection"] = np.where(m["belongs_to_collection"].notna(), 1, 0)
    m["n_cast"] = m["cast"].map(lambda s: len(json.loads(s)) if isinstance(s, str) else 0)
    m["runtime"] = m["runtime"].clip(lower=0, upper=300)
    return m


def fit_encodings(train):
    """Budget tier edges and smoothed genre means, learned from training rows."""
    edges = np.unique(train["log_budget"].quantile(np.linspace(0, 1, 11)).values)
    edges[0], edges[-1] = -np.inf, np.inf
    g = train.groupby("main_genre")["log_rev"].agg(["mean", "count"])
    prior = train["log_rev"].mean()
    genre = (g["mean"] * g["count"] + prior * SMOOTH) / (g["count"] + SMOOTH)
    return {"edges": edges, "genre": genre, "prior": prior}


def apply_encodings(df, enc):
    out = df.copy()
    out["budget_tier"] = pd.cut(out["log_budget"], bins=enc["edges"], labels=False).fillna(-1)
    out["budget_missing"] = out["log_budget"].isna().astype(int)
    out["log_budget"] = out["log_budget"].fillna(0)
    out["genre_strength"] = out["main_genre"].map(enc["genre"]).fillna(enc["prior"])
    return out


movies = prepare("data/tmdb_movies.csv")
print(movies.shape)
print(movies.groupby("main_genre")["log_rev"].median().sort_values().tail(8))   # EDA only

train, test = train_test_split(movies, test_size=0.25, random_state=SEED)
enc = fit_encodings(train)
train, test = apply_encodings(train, enc), apply_encodings(test, enc)

base_cols = ["log_budget", "budget_tier", "budget_missing", "genre_strength", "rel_year",
             "rel_month", "runtime", "popularity", "has_collection", "n_cast"]
poly = PolynomialFeatures(degree=2, include_bias=False)
inter_cols = ["log_budget", "popularity", "n_cast"]
poly_tr = poly.fit_transform(train[inter_cols])
poly_te = poly.transform(test[inter_cols])
names = poly.get_feature_names_out(inter_cols)
X_train = np.hstack([train[base_cols].values, poly_tr])
X_test = np.hstack([test[base_cols].values, poly_te])
y_train, y_test = train["log_rev"].values, test["log_rev"].values
print(X_train.shape, list(names)[:5])

for name, model in {"mean": DummyRegressor(),
                    "gbr": GradientBoostingRegressor(n_estimators=500, learning_rate=0.03,
                                                     max_depth=4, subsample=0.8, random_state=SEED)}.items():
    model.fit(X_train, y_train)
    rmse = mean_squared_error(y_test, model.predict(X_test)) ** 0.5
    print(f"{name:5s} test RMSLE {rmse:.4f}")
