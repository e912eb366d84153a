"""
CLV 12m - gradient boosting

Run: python solution.py   (expects train.csv / test.csv in the working directory)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score, mean_absolute_percentage_error

pd.options.display.float_format = "{:.2f}".format

train = pd.read_csv("train.csv", parse_dates=["signup_date"])
test = pd.read_csv("test.csv", parse_dates=["signup_date"])

# --- look at the data -------------------------------------------------------
print(train.describe(include="all").T[["count", "mean", "min", "max"]])

# revenue by tenure bucket -> older customers are worth more
train["tenure_bucket"] = pd.cut(train["tenure_days"], [0, 90, 180, 365, 730, 10_000])
print(train.groupby("tenure_bucket", observed=True)["clv_12m"].agg(["size", "mean"]))

# and by how recently they bought
train["recency_bucket"] = pd.cut(train["recency_days"], [-1, 30, 90, 180, 365, 10_000])
print(train.groupby("recency_bucket", observed=True)["clv_12m"].agg(["size", "mean"]))

# --- features ---------------------------------------------------------------
CHANNELS = sorted(train["acquisition_channel"].dropna().unique())
COUNTRIES = train["country"].value_counts().index[:8].tolist()


def featurize(df):
    f = pd.DataFrame(index=df.index)
    for c in ["recency_days", "frequency", "monetary_avg", "tenure_days", "avg_days_between_orders",
              "n_categories", "pct_discount_orders", "first_order_value", "email_open_rate", "returns_count"]:
        f[c] = df[c]
    f["log_aov"] = np.log1p(df["monetary_avg"])
    f["spend_to_date"] = df["frequency"] * df["monetary_avg"]
    f["orders_per_year"] = df["frequency"] / np.maximum(df["tenure_days"], 30) * 365
    f["signup_year"] = df["signup_date"].dt.year
    for ch in CHANNELS:
        f[f"ch_{ch}"] = (df["acquisition_channel"] == ch).astype(int)
    for co in COUNTRIES:
        f[f"co_{co}"] = (df["country"] == co).astype(int)
    return f.fillna(0)


X = featurize(train)
y = train["clv_12m"]
print("feature matrix:", X.shape)

# --- model ------------------------------------------------------------------
gbr = GradientBoostingRegressor(
    loss="huber", n_estimators=500, learning_rate=0.05, max_depth=4, subsample=0.8, random_state=0
)
gbr.fit(X, y)

fitted = gbr.predict(X)
print("\nModel performance")
print("MAE :", round(mean_absolute_error(y, fitted), 2))
print("R2  :", round(r2_score(y, fitted), 3))
nonzero = y > 0
print("MAPE (paying customers):", round(mean_absolute_percentage_error(y[nonzero], fitted[nonzero]), 3))

imp = pd.Series(gbr.feature_importances_, index=X.columns).sort_values(ascending=False)
print("\nTop features\n", imp.head(10))

# decile check: predicted vs actual by predicted decile
dec = pd.qcut(fitted, 10, labels=False, duplicates="drop")
print(pd.DataFrame({"pred": fitted, "actual": y, "decile": dec}).groupby("decile")[["pred", "actual"]].mean())

# --- submission -------------------------------------------------------------
pred = np.clip(gbr.predict(featurize(test)), 0, None)
pd.DataFrame({"customer_id": test["customer_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions.csv", pred.shape)
