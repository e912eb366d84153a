"""Sale price model with neighborhood price level and CV+ (jackknife+) intervals via MAPIE."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split, KFold
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from mapie.regression import MapieRegressor
from mapie.metrics import regression_coverage_score, regression_mean_width_score

df = pd.read_csv("train.csv")
df = df.drop(columns=["price_per_sqft", "closing_cost"])

# neighborhood price level: median log price per neighborhood, shrunk to the city median
df["log_price"] = np.log(df["sale_price"])
city = df["log_price"].median()
nb = df.groupby("neighborhood")["log_price"].agg(["median", "size"])
k = 15
nb["level"] = (nb["median"] * nb["size"] + city * k) / (nb["size"] + k)
df["nb_price_level"] = df["neighborhood"].map(nb["level"])

df["house_age"] = 2024 - df["year_built"]
df["cond_code"] = df["condition"].map({"poor": 0, "fair": 1, "average": 2, "good": 3, "excellent": 4})

FEATURES = ["lot_area", "living_area", "bedrooms", "bathrooms", "house_age", "garage_cars",
            "overall_quality", "cond_code", "has_pool", "distance_to_center_km", "nb_price_level"]
X = df[FEATURES]
y = df["log_price"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2)

est = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=2)
mapie = MapieRegressor(estimator=est, method="plus", cv=KFold(n_splits=5, shuffle=True, random_state=2))
mapie.fit(X_train, y_train)
pred, pis = mapie.predict(X_test, alpha=0.1)

dummy = DummyRegressor(strategy="median").fit(X_train, y_train)
price_test = np.exp(y_test)
print(f"MAE   model  {mean_absolute_error(price_test, np.exp(pred)):,.0f}")
print(f"MAE   median {mean_absolute_error(price_test, np.exp(dummy.predict(X_test))):,.0f}")
print(f"MAPE  model  {mean_absolute_percentage_error(price_test, np.exp(pred)):.3%}")

lo, hi = pis[:, 0, 0], pis[:, 1, 0]
print(f"CV+ 90% coverage: {regression_coverage_score(y_test, lo, hi):.3f}")
print(f"mean width (log): {regression_mean_width_score(lo, hi):.4f}")
print(f"median width ($): {np.median(np.exp(hi) - np.exp(lo)):,.0f}")

test = pd.read_csv("test.csv")
test["nb_price_level"] = test["neighborhood"].map(nb["level"]).fillna(city)
test["house_age"] = 2024 - test["year_built"]
test["cond_code"] = test["condition"].map({"poor": 0, "fair": 1, "average": 2, "good": 3, "excellent": 4})
p_sub, pis_sub = mapie.predict(test[FEATURES], alpha=0.1)
pd.DataFrame({"house_id": test["house_id"], "prediction": np.exp(p_sub),
              "lower": np.exp(pis_sub[:, 0, 0]), "upper": np.exp(pis_sub[:, 1, 0])}).to_csv("predictions.csv", index=False)
