"""House price model: ridge regression on log price with neighbourhood price level."""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

NUMERIC = ["log_sqft", "log_lot", "bedrooms", "bathrooms", "garage", "quality", "has_pool", "age",
           "nbhd_log_price", "nbhd_sales"]


def load(path):
    frame = pd.read_csv(path, parse_dates=["sale_date"])
    frame["log_sqft"] = np.log(frame["sqft"])
    frame["log_lot"] = np.log1p(frame["lot_size"])
    frame["age"] = frame["sale_date"].dt.year - frame["year_built"]
    return frame


sales = load("train.csv")
sales["log_price"] = np.log(sales["price"])
print(sales.shape)
print(sales.groupby("neighborhood")["price"].median().sort_values().tail(10))

nbhd = (sales.groupby("neighborhood")
             .agg(nbhd_log_price=("log_price", "mean"), nbhd_sales=("sale_id", "count"))
             .reset_index())
sales = sales.merge(nbhd, on="neighborhood", how="left")
sales = pd.get_dummies(sales, columns=["condition"], prefix="cond", dtype=float)
cols = NUMERIC + [c for c in sales.columns if c.startswith("cond_")]

sales = sales.sort_values("sale_date").reset_index(drop=True)
n_train = int(len(sales) * 0.8)
train, test = sales.iloc[:n_train], sales.iloc[n_train:]
print("train up to", train["sale_date"].max().date(), "| test from", test["sale_date"].min().date())

scaler = StandardScaler().fit(train[cols].fillna(0))
Xtr = scaler.transform(train[cols].fillna(0))
Xte = scaler.transform(test[cols].fillna(0))

ridge = Ridge(alpha=2.0).fit(Xtr, train["log_price"])
dummy = DummyRegressor(strategy="mean").fit(Xtr, train["log_price"])

for name, model in [("dummy mean", dummy), ("ridge", ridge)]:
    pred = np.exp(model.predict(Xte))
    print(f"{name:10s} MAE={mean_absolute_error(test['price'], pred):,.0f} "
          f"RMSE={np.sqrt(mean_squared_error(test['price'], pred)):,.0f} "
          f"R2={r2_score(test['price'], pred):.3f}")

coef = pd.Series(ridge.coef_, index=cols).sort_values()
print(coef)

# submission
new = load("test.csv").merge(nbhd, on="neighborhood", how="left")
new = pd.get_dummies(new, columns=["condition"], prefix="cond", dtype=float).reindex(
    columns=["sale_id"] + cols, fill_value=0)
full_scaler = StandardScaler().fit(sales[cols].fillna(0))
ridge.fit(full_scaler.transform(sales[cols].fillna(0)), sales["log_price"])
pd.DataFrame({"sale_id": new["sale_id"],
              "prediction": np.exp(ridge.predict(full_scaler.transform(new[cols].fillna(0))))}).to_csv(
    "predictions.csv", index=False)
