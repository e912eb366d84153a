"""Daily demand forecast for a single SKU (daily_sales.csv).

columns: date, units_sold, price, promo, holiday
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error


def make_features(df):
    df = df.copy()
    df["dow"] = df["date"].dt.dayofweek
    df["month"] = df["date"].dt.month
    df["weekofyear"] = df["date"].dt.isocalendar().week.astype(int)
    for lag in (1, 7, 14, 28):
        df[f"lag_{lag}"] = df["units_sold"].shift(lag)
    df["roll_mean_7"] = df["units_sold"].shift(1).rolling(7).mean()
    df["roll_std_7"] = df["units_sold"].shift(1).rolling(7).std()
    df["roll_mean_28"] = df["units_sold"].shift(1).rolling(28).mean()
    df["price_change"] = df["price"].pct_change()
    return df.dropna()


def main():
    sales = pd.read_csv("daily_sales.csv", parse_dates=["date"])
    sales = sales.sort_values("date").reset_index(drop=True)
    print(sales["date"].min(), "->", sales["date"].max(), len(sales))

    data = make_features(sales)
    feats = [c for c in data.columns if c not in ("date", "units_sold")]

    # hold out the last 90 days: train strictly before the cutoff
    cutoff = data["date"].max() - pd.Timedelta(days=90)
    train = data[data["date"] <= cutoff]
    test = data[data["date"] > cutoff]
    X_train, y_train = train[feats], train["units_sold"]
    X_test, y_test = test[feats], test["units_sold"]

    # seasonal naive baseline: same weekday last week
    naive = X_test["lag_7"]
    print("seasonal-naive baseline MAE:", round(mean_absolute_error(y_test, naive), 2))

    gbr = GradientBoostingRegressor(n_estimators=500, max_depth=3, learning_rate=0.05,
                                    subsample=0.8, random_state=3)
    gbr.fit(X_train, y_train)
    pred = gbr.predict(X_test)
    print("GBR MAE:", round(mean_absolute_error(y_test, pred), 2))
    wape = np.abs(y_test - pred).sum() / y_test.sum()
    print("GBR WAPE: {:.1%}".format(wape))


if __name__ == "__main__":
    main()
