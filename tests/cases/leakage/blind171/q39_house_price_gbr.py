"""House price take-home.

* Target sale_price, modelled on log scale (prices are right-skewed; RMSLE-style errors are
  what the pricing team quotes).  Results back-transformed to dollars for MAE.
* closing_price_per_sqft is computed from the final sale price -> leaky, dropped;
  listing_id is a key.
* 80/20 random holdout (listings are independent sales, no time or entity structure in this
  task), median-price baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

TARGET, ID = "sale_price", "listing_id"
LEAKY = ["closing_price_per_sqft"]

raw = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(raw.describe().T[["mean", "50%", "max"]].round(1))


def engineer(df):
    df = df.copy()
    df["age"] = 2024 - df["year_built"]
    df["log_living"] = np.log(df["living_area_sqft"])
    df["log_lot"] = np.log1p(df["lot_sqft"])
    df["baths_per_bed"] = df["bathrooms"] / df["bedrooms"].clip(lower=1)
    df["condition"] = df["condition"].map({"poor": 0, "fair": 1, "good": 2, "very_good": 3, "excellent": 4})
    return pd.get_dummies(df, columns=["neighborhood"], prefix="nb", dtype=float)


data = engineer(raw)
FEATURES = [c for c in data.columns if c not in [TARGET, ID] + LEAKY]
X = data[FEATURES]
# lot size and garage are missing for some condos; fill with the typical value
X = X.fillna(X.median(numeric_only=True))
y = np.log(data[TARGET])

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=2024)

gbr = GradientBoostingRegressor(n_estimators=800, learning_rate=0.03, max_depth=4,
                                subsample=0.8, min_samples_leaf=10, random_state=0)
gbr.fit(X_tr, y_tr)
baseline = DummyRegressor(strategy="median").fit(X_tr, y_tr)


def evaluate(name, log_pred):
    price_true, price_pred = np.exp(y_te), np.exp(log_pred)
    print(f"{name:16s} RMSE(log) {mean_squared_error(y_te, log_pred) ** 0.5:.4f}  "
          f"MAE ${mean_absolute_error(price_true, price_pred):,.0f}  R2(log) {r2_score(y_te, log_pred):.3f}")


evaluate("median baseline", baseline.predict(X_te))
evaluate("gbr", gbr.predict(X_te))

imp = pd.Series(gbr.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10).round(3))

final = GradientBoostingRegressor(n_estimators=800, learning_rate=0.03, max_depth=4,
                                  subsample=0.8, min_samples_leaf=10, random_state=0).fit(X, y)
X_sub = engineer(test).reindex(columns=FEATURES, fill_value=0.0).fillna(X.median(numeric_only=True))
pd.DataFrame({ID: test[ID], "prediction": np.exp(final.predict(X_sub))}).to_csv("predictions.csv", index=False)
