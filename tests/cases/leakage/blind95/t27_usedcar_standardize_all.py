"""Used-car price - ridge regression on log price.

Validation: listings sorted by date, last 20% held out.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv", parse_dates=["listing_date"])
test = pd.read_csv("test.csv", parse_dates=["listing_date"])
print(df.shape, test.shape)
print(df["price"].describe())


def basic_features(d):
    d = d.copy()
    d["age"] = d["listing_date"].dt.year - d["year"]
    d["log_mileage"] = np.log1p(d["mileage"])
    d["miles_per_year"] = d["mileage"] / d["age"].clip(lower=1)
    return d


df = basic_features(df).sort_values("listing_date").reset_index(drop=True)
test = basic_features(test)

num_cols = ["age", "mileage", "log_mileage", "miles_per_year", "engine_size", "n_owners"]
cat_cols = ["make", "fuel", "transmission", "body_type", "seller_type", "region"]

# impute + standardise numeric columns
for c in num_cols:
    mu, sd = df[c].mean(), df[c].std()
    df[c] = df[c].fillna(mu)
    test[c] = test[c].fillna(mu)
    df[c] = (df[c] - mu) / sd
    test[c] = (test[c] - mu) / sd

X = pd.get_dummies(df[num_cols + cat_cols], columns=cat_cols, dtype=float)
X_test = pd.get_dummies(test[num_cols + cat_cols], columns=cat_cols, dtype=float).reindex(columns=X.columns, fill_value=0)
y = np.log(df["price"])

n_train = int(len(df) * 0.8)
X_tr, X_va = X.iloc[:n_train], X.iloc[n_train:]
y_tr, y_va = y.iloc[:n_train], y.iloc[n_train:]
print("train until", df["listing_date"].iloc[n_train - 1].date(), "| valid from", df["listing_date"].iloc[n_train].date())

results = {}
for name, model in [("median baseline", DummyRegressor(strategy="median")),
                    ("ridge", Ridge(alpha=3.0))]:
    model.fit(X_tr, y_tr)
    pred = np.exp(model.predict(X_va))
    true = np.exp(y_va)
    results[name] = {"MAE": mean_absolute_error(true, pred),
                     "RMSE": mean_squared_error(true, pred) ** 0.5,
                     "MAPE": np.mean(np.abs(pred - true) / true)}
print(pd.DataFrame(results).T.round(3))

final = Ridge(alpha=3.0).fit(X, y)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.exp(final.predict(X_test))}) \
    .to_csv("predictions.csv", index=False)
