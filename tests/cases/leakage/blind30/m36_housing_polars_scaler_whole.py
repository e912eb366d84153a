"""House price regression with polars + sklearn (polars output everywhere)."""
import numpy as np
import polars as pl
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

houses = pl.read_csv("data/houses.csv", null_values=["NA", ""])
print(houses.shape)

houses = houses.with_columns(
    pl.col("SalePrice").log().alias("log_price"),
    (pl.col("YrSold") - pl.col("YearBuilt")).alias("age"),
    (pl.col("YrSold") - pl.col("YearRemodAdd")).alias("since_remodel"),
    (pl.col("TotalBsmtSF") + pl.col("1stFlrSF") + pl.col("2ndFlrSF")).alias("total_sf"),
    (pl.col("FullBath") + 0.5 * pl.col("HalfBath")).alias("baths"),
    pl.col("GrLivArea").log1p().alias("log_living"),
    pl.col("LotArea").log1p().alias("log_lot"),
).to_dummies(columns=["Neighborhood", "MSZoning"], drop_first=True)

NUMERIC = ["OverallQual", "OverallCond", "age", "since_remodel", "total_sf", "baths",
           "log_living", "log_lot", "GarageCars", "Fireplaces", "LotFrontage", "MasVnrArea"]
DUMMIES = [c for c in houses.columns if c.startswith(("Neighborhood_", "MSZoning_"))]

# impute + scale the numeric block once, keep the output as a polars frame
prep = make_pipeline(SimpleImputer(strategy="mean"), StandardScaler()).set_output(transform="polars")
numeric_block = prep.fit_transform(houses.select(NUMERIC))
X = pl.concat([numeric_block, houses.select(DUMMIES)], how="horizontal")
y = houses["log_price"].to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X.to_numpy(), y, test_size=0.2, random_state=42)

ridge = RidgeCV(alphas=np.logspace(-3, 3, 25)).fit(X_train, y_train)
dummy = DummyRegressor().fit(X_train, y_train)

for name, model in [("mean", dummy), ("ridge", ridge)]:
    pred = model.predict(X_test)
    print(f"{name:6s} R2 {r2_score(y_test, pred):.3f}  MAE($) "
          f"{mean_absolute_error(np.exp(y_test), np.exp(pred)):,.0f}")
print("alpha:", ridge.alpha_)

resid = y_test - ridge.predict(X_test)
worst = np.argsort(-np.abs(resid))[:10]
print("largest log-price residuals:", np.round(resid[worst], 3))
coef = pl.DataFrame({"feature": X.columns, "coef": ridge.coef_}).sort(pl.col("coef").abs(), descending=True)
print(coef.head(15))
