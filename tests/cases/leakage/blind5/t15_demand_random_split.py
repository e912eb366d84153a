"""Weekly demand forecast (units_sold per store x sku x week)."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

TARGET = "units_sold"


def read(path):
    df = pd.read_csv(path, parse_dates=["week"])
    df["week_of_year"] = df["week"].dt.isocalendar().week.astype(int)
    df["month"] = df["week"].dt.month
    df["log_price"] = np.log(df["price"].clip(lower=0.01))
    df["promo_x_holiday"] = df["promo"] * df["holiday"]
    return df


def to_matrix(df, columns=None):
    X = df[["store", "sku", "log_price", "price", "promo", "holiday", "temperature",
            "week_of_year", "month", "promo_x_holiday"]]
    X = pd.get_dummies(X, columns=["store", "sku"], dtype=np.uint8)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def rmse(y, p):
    return float(np.sqrt(mean_squared_error(y, p)))


def main():
    df = read("train.csv")
    print(df.shape)
    print(df[TARGET].describe())
    print(df.groupby("promo")[TARGET].mean())
    print(df.groupby("holiday")[TARGET].mean())
    print(df.groupby("store")[TARGET].sum().sort_values(ascending=False).head())
    print("temperature missing:", df["temperature"].isna().mean())

    X = to_matrix(df)
    y = df[TARGET]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)

    model = HistGradientBoostingRegressor(
        loss="poisson", learning_rate=0.06, max_iter=500, max_leaf_nodes=63, random_state=0
    )
    model.fit(X_tr, y_tr)
    pred = model.predict(X_te)

    mean_model = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
    base = mean_model.predict(X_te)

    print(f"mean predictor    MAE {mean_absolute_error(y_te, base):8.3f}  RMSE {rmse(y_te, base):8.3f}")
    print(f"HGB (poisson)     MAE {mean_absolute_error(y_te, pred):8.3f}  RMSE {rmse(y_te, pred):8.3f}")

    model.fit(X, y)
    test = read("test.csv")
    out = pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict(to_matrix(test, X.columns))})
    out["prediction"] = out["prediction"].clip(lower=0)
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
